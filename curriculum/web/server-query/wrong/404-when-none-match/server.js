// answers 404 when no job is in the city, instead of an empty list
const express = require("express");
const app = express();

const jobs = [
  { id: 1, title: "Cook", city: "Leeds" },
  { id: 2, title: "Welder", city: "Hull" },
  { id: 3, title: "Driver", city: "Leeds" },
  { id: 4, title: "Cleaner", city: "York" },
];

app.get("/api/jobs", (req, res) => {
  const city = req.query.city;
  if (city === undefined) {
    return res.json(jobs);
  }
  const found = jobs.filter((job) => job.city === city);
  if (found.length === 0) {
    return res.status(404).json({ error: "No jobs found" });
  }
  res.json(found);
});

app.listen(3000);
