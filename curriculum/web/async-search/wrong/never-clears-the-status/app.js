// shows No jobs found. but never takes it away when jobs are found
const form = document.querySelector("#search");
const box = document.querySelector("#q");
const status = document.querySelector("#status");
const results = document.querySelector("#results");

form.addEventListener("submit", async (event) => {
  event.preventDefault();
  // Ask for /api/jobs?q=... with the words in the box, encoded.
  // Empty the old results, then add an <li> for each job's title.
  // Nothing found? Say: No jobs found.
  const params = new URLSearchParams({ q: box.value });
  const response = await fetch("/api/jobs?" + params);
  const jobs = await response.json();
  results.textContent = "";
  for (const job of jobs) {
    const item = document.createElement("li");
    item.textContent = job.title;
    results.append(item);
  }
  if (jobs.length === 0) {
    status.textContent = "No jobs found.";
  }
});
