const express = require("express");
const app = express();

const jobs = [
  { id: 1, title: "Cook", city: "Leeds" },
  { id: 2, title: "Welder", city: "Hull" },
  { id: 3, title: "Driver", city: "Leeds" },
  { id: 4, title: "Cleaner", city: "York" },
];

app.get("/api/jobs", (req, res) => {
  // Your code here: with ?city=..., send only the jobs in that city.
  res.json(jobs);
});

app.listen(3000);
