// puts the whole job object into textContent, which shows as [object Object]
const kitchenJobs = [
  { title: "Cook", hours: 30 },
  { title: "Dishwasher", hours: 20 },
  { title: "Baker", hours: 25 },
];
const gardenJobs = [];

function showJobs(list, jobs) {
  if (jobs.length === 0) {
    const none = document.createElement("li");
    none.textContent = "No jobs yet.";
    list.append(none);
    return;
  }
  for (const job of jobs) {
    const item = document.createElement("li");
    item.textContent = job;
    list.append(item);
  }
}

showJobs(document.querySelector("#kitchen"), kitchenJobs);
showJobs(document.querySelector("#garden"), gardenJobs);
