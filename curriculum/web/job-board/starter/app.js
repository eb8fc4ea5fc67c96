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

// Stage 2: one li in the list for each job, holding a button
// (class job) with the title, then the company and city.
// Stage 3: when there are no jobs, the status says No jobs found.
function showJobs(jobs) {
  // TODO
}

// Stage 2: fetch the jobs from your server and show them.
// Stage 3: with a search, fetch /api/jobs?q=... instead.
async function loadJobs(search) {
  // TODO
}

// Stage 3: TODO: when the search form is sent, load the jobs that match.

// Stage 4: fetch one job, fill in #job-title, #job-where and
// #job-description, then show #details (details.hidden = false).
async function showDetails(id) {
  // TODO
}

// Stage 5: TODO: when the apply form is sent, POST name, email and
// message as JSON, then show #confirmation saying Application sent.

loadJobs();
