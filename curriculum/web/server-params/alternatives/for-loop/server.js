// looks for the job with a for...of loop instead of find
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
  for (const job of jobs) {
    if (String(job.id) === req.params.id) {
      return res.json(job);
    }
  }
  res.status(404).json({ error: "Job not found" });
});

app.listen(3000);
