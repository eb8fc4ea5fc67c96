// checks for an empty array with if...else instead of return, and writes the words with a template literal
const kitchenJobs = [
  { title: "Cook", hours: 30 },
  { title: "Dishwasher", hours: 20 },
  { title: "Baker", hours: 25 },
];
const gardenJobs = [];

function showJobs(list, jobs) {
  if (jobs.length > 0) {
    for (const job of jobs) {
      const item = document.createElement("li");
      item.textContent = `${job.title}: ${job.hours} hours a week`;
      list.append(item);
    }
  } else {
    const none = document.createElement("li");
    none.textContent = "No jobs yet.";
    list.append(none);
  }
}

showJobs(document.querySelector("#kitchen"), kitchenJobs);
showJobs(document.querySelector("#garden"), gardenJobs);
