const express = require("express");
const app = express();

const jobs = [
  { id: 1, title: "Cook", city: "Leeds" },
  { id: 2, title: "Welder", city: "Hull" },
  { id: 3, title: "Driver", city: "Leeds" },
];

// Your route here: answer GET /api/jobs with the whole list.

app.listen(3000);
