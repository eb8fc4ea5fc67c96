// The page: it asks your server for jobs and shows them.
const list = document.querySelector("#jobs");
const status = document.querySelector("#status");
const searchForm = document.querySelector("#search");
const searchBox = document.querySelector("#q");
const details = document.querySelector("#details");
const applyForm = document.querySelector("#apply");
const confirmation = document.querySelector("#confirmation");

// The job whose details are showing: the form applies for it.
let currentJobId = null;

// Stage 2: one li for each job.
function showJobs(jobs) {
  list.textContent = "";
  for (const job of jobs) {
    const li = document.createElement("li");
    const button = document.createElement("button");
    button.className = "job";
    button.textContent = job.title;
    button.addEventListener("click", () => showDetails(job.id));
    li.append(button, " " + job.company + ", " + job.city);
    list.append(li);
  }
  status.textContent = jobs.length === 0 ? "No jobs found." : "";
}

// Stage 2 and 3: ask the server for the jobs, maybe with a search.
async function loadJobs(search) {
  let path = "/api/jobs";
  if (search) {
    path = path + "?q=" + encodeURIComponent(search);
  }
  const response = await fetch(path);
  showJobs(await response.json());
}

// Stage 3: the search form.
searchForm.addEventListener("submit", async (event) => {
  event.preventDefault();
  await loadJobs(searchBox.value.trim());
});

// Stage 4: one job's details.
async function showDetails(id) {
  const response = await fetch("/api/jobs/" + id);
  const job = await response.json();
  currentJobId = job.id;
  document.querySelector("#job-title").textContent = job.title;
  document.querySelector("#job-where").textContent = job.company + ", " + job.city;
  document.querySelector("#job-description").textContent = job.description;
  confirmation.hidden = true;
  details.hidden = false;
}

// Stage 5: the application form.
applyForm.addEventListener("submit", async (event) => {
  event.preventDefault();
  const response = await fetch("/api/jobs/" + currentJobId + "/applications", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({
      name: document.querySelector("#name").value,
      email: document.querySelector("#email").value,
      message: document.querySelector("#message").value,
    }),
  });
  const answer = await response.json();
  if (response.ok) {
    confirmation.textContent = "Application sent. Good luck, " + answer.name + "!";
    applyForm.reset();
  } else {
    confirmation.textContent = answer.error;
  }
  confirmation.hidden = false;
});

loadJobs();
