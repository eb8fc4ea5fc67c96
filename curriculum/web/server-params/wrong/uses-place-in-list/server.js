// uses the id as the place in the list, but the list counts from 0, so /api/jobs/2 gives the third job
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
  const job = jobs[Number(req.params.id)];
  if (job === undefined) {
    return res.status(404).json({ error: "Job not found" });
  }
  res.json(job);
});

app.listen(3000);
