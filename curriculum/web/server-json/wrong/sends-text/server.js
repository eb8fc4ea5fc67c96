// sends the list with res.send(JSON.stringify(...)), so it is labelled as a web page, not JSON
const express = require("express");
const app = express();

const jobs = [
  { id: 1, title: "Cook", city: "Leeds" },
  { id: 2, title: "Welder", city: "Hull" },
  { id: 3, title: "Driver", city: "Leeds" },
];

app.get("/api/jobs", (req, res) => {
  res.send(JSON.stringify(jobs));
});

app.listen(3000);
