// answers 200 with an empty body when no job has the id
const express = require("express");
const app = express();

app.use(express.json());

const jobs = [
  { id: 1, title: "Cook", city: "Leeds" },
  { id: 2, title: "Welder", city: "Hull" },
];

app.get("/api/jobs/:id", (req, res) => {
  const job = jobs.find((j) => j.id === Number(req.params.id));
  res.json(job);
});

app.post("/api/jobs", (req, res) => {
  if (!req.body.title) {
    return res.status(400).json({ error: "A job needs a title" });
  }
  const job = { id: jobs.length + 1, title: req.body.title, city: req.body.city };
  jobs.push(job);
  res.status(201).json(job);
});

app.listen(3000);
