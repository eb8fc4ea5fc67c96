// trusts the page to check the form: the server saves whatever it is sent
// The controller: the routes the page calls.
const express = require("express");
const model = require("./model");

const app = express();
app.use(express.json());

// Stage 1 and 3: every job, or only those that match ?q=
app.get("/api/jobs", async (req, res) => {
  res.json(await model.listJobs(req.query.q));
});

// Stage 4: one job, or 404.
app.get("/api/jobs/:id", async (req, res) => {
  const job = await model.findJob(req.params.id);
  if (!job) {
    return res.status(404).json({ error: "There is no job with that number." });
  }
  res.json(job);
});

// Stage 5: check the application, then save it.
app.post("/api/jobs/:id/applications", async (req, res) => {
  const job = await model.findJob(req.params.id);
  if (!job) {
    return res.status(404).json({ error: "There is no job with that number." });
  }
  const { name, email, message } = req.body;
  const application = await model.addApplication(job.id, name, email, message);
  res.status(201).json(application);
});

app.listen(3000);
