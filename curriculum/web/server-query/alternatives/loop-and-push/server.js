// builds the list of matches with a for...of loop and push instead of filter
const express = require("express");
const app = express();

const jobs = [
  { id: 1, title: "Cook", city: "Leeds" },
  { id: 2, title: "Welder", city: "Hull" },
  { id: 3, title: "Driver", city: "Leeds" },
  { id: 4, title: "Cleaner", city: "York" },
];

app.get("/api/jobs", (req, res) => {
  if (!req.query.city) {
    return res.json(jobs);
  }
  const found = [];
  for (const job of jobs) {
    if (job.city === req.query.city) {
      found.push(job);
    }
  }
  res.json(found);
});

app.listen(3000);
