const express = require("express");
const app = express();

app.use(express.json());

const jobs = [];

app.post("/api/jobs", (req, res) => {
  const job = { id: jobs.length + 1, title: req.body.title, city: req.body.city };
  jobs.push(job);
  res.status(201).json(job);
});

// Your route here: GET /jobs answers with the view jobs.html.

app.listen(3000);
