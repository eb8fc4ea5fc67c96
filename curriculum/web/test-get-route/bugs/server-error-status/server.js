// sends the list with the status 500, which says the server broke
const express = require("express");
const app = express();

const jobs = [
  { id: 1, title: "Cook", city: "Leeds" },
  { id: 2, title: "Welder", city: "Hull" },
  { id: 3, title: "Driver", city: "Leeds" },
];

app.get("/api/jobs", (req, res) => {
  res.status(500).json(jobs);
});

app.listen(3000);
