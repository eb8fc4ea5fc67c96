// answers with the body it was sent, leaving out the id the database gave the job
const express = require("express");
const app = express();

app.use(express.json());

app.get("/api/jobs", async (req, res) => {
  const jobs = await db.all("SELECT id, title, city FROM jobs ORDER BY id");
  res.json(jobs);
});

app.post("/api/jobs", async (req, res) => {
  await db.run(
    "INSERT INTO jobs (title, city) VALUES (?, ?)",
    [req.body.title, req.body.city]
  );
  res.status(201).json(req.body);
});

app.listen(3000);
