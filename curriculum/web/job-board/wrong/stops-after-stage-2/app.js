// The page: it asks your server for jobs and shows them.
const list = document.querySelector("#jobs");
const status = document.querySelector("#status");

// Stage 2: one li for each job.
function showJobs(jobs) {
  list.textContent = "";
  for (const job of jobs) {
    const li = document.createElement("li");
    const button = document.createElement("button");
    button.className = "job";
    button.textContent = job.title;
    li.append(button, " " + job.company + ", " + job.city);
    list.append(li);
  }
}

// Stage 2: ask the server for the jobs.
async function loadJobs() {
  const response = await fetch("/api/jobs");
  showJobs(await response.json());
}

loadJobs();
