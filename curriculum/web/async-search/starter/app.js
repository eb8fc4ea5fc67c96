const form = document.querySelector("#search");
const box = document.querySelector("#q");
const status = document.querySelector("#status");
const results = document.querySelector("#results");

form.addEventListener("submit", async (event) => {
  event.preventDefault();
  // Ask for /api/jobs?q=... with the words in the box, encoded.
  // Empty the old results, then add an <li> for each job's title.
  // Nothing found? Say: No jobs found.
  // Your code here
});
