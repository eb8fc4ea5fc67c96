// labels the title of each job as name, not title
const express = require("express");
const app = express();

const jobs = [
  { id: 1, title: "Cook", city: "Leeds" },
  { id: 2, title: "Welder", city: "Hull" },
  { id: 3, title: "Driver", city: "Leeds" },
];

app.get("/api/jobs", (req, res) => {
  res.json(jobs.map((job) => ({ id: job.id, name: job.title, city: job.city })));
});

app.listen(3000);
