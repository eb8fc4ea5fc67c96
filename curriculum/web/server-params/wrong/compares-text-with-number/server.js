// compares the id from the path, which is text, with the number id, so no job ever matches
const express = require("express");
const app = express();

const jobs = [
  { id: 1, title: "Cook", city: "Leeds" },
  { id: 2, title: "Welder", city: "Hull" },
  { id: 3, title: "Driver", city: "Leeds" },
];

app.get("/api/jobs", (req, res) => {
  res.json(jobs);
});

app.get("/api/jobs/:id", (req, res) => {
  const job = jobs.find((j) => j.id === req.params.id);
  if (job === undefined) {
    return res.status(404).json({ error: "Job not found" });
  }
  res.json(job);
});

app.listen(3000);
