// writes No jobs yet in the view outside any {{^jobs}} part, so it shows even when there are jobs
const express = require("express");
const app = express();

app.use(express.json());

const jobs = [];

app.post("/api/jobs", (req, res) => {
  const job = { id: jobs.length + 1, title: req.body.title, city: req.body.city };
  jobs.push(job);
  res.status(201).json(job);
});

app.get("/jobs", (req, res) => {
  res.render("jobs", { jobs: jobs });
});

app.listen(3000);
