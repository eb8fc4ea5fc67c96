// never checks for an empty array, so the garden list is left blank
const kitchenJobs = [
  { title: "Cook", hours: 30 },
  { title: "Dishwasher", hours: 20 },
  { title: "Baker", hours: 25 },
];
const gardenJobs = [];

function showJobs(list, jobs) {
  for (const job of jobs) {
    const item = document.createElement("li");
    item.textContent = job.title + ": " + job.hours + " hours a week";
    list.append(item);
  }
}

showJobs(document.querySelector("#kitchen"), kitchenJobs);
showJobs(document.querySelector("#garden"), gardenJobs);
