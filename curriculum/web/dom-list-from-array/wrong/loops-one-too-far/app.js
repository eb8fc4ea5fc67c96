// loops while i <= jobs.length, one step too far: jobs[3] is undefined, and the script stops with an error
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
  for (let i = 0; i <= jobs.length; i++) {
    const item = document.createElement("li");
    item.textContent = jobs[i].title + ": " + jobs[i].hours + " hours a week";
    list.append(item);
  }
}

showJobs(document.querySelector("#kitchen"), kitchenJobs);
showJobs(document.querySelector("#garden"), gardenJobs);
