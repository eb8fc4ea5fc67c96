const kitchenJobs = [
  { title: "Cook", hours: 30 },
  { title: "Dishwasher", hours: 20 },
  { title: "Baker", hours: 25 },
];
const gardenJobs = [];

// Give each job its own <li> in the list, such as "Cook: 30 hours a week".
// With no jobs at all, the list gets one <li> that says "No jobs yet."
function showJobs(list, jobs) {
  // Your code here
}

showJobs(document.querySelector("#kitchen"), kitchenJobs);
showJobs(document.querySelector("#garden"), gardenJobs);
