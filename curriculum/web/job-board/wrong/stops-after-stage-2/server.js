// stops after stage 2: no search, no details and no applications yet
// The controller: the routes the page calls.
const express = require("express");
const model = require("./model");

const app = express();
app.use(express.json());

// Stage 1: every job.
app.get("/api/jobs", async (req, res) => {
  res.json(await model.listJobs());
});

// Stage 4: TODO

// Stage 5: TODO

app.listen(3000);
