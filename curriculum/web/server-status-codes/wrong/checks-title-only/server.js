// checks only the title, so a job with an empty city is saved
const express = require("express");
const app = express();

app.use(express.json());

app.get("/api/jobs/:id", async (req, res) => {
  const job = await db.get("SELECT id, title, city FROM jobs WHERE id = ?", [req.params.id]);
  if (job === undefined) {
    return res.status(404).json({ error: "Job not found" });
  }
  res.json(job);
});

app.post("/api/jobs", async (req, res) => {
  const { title, city } = req.body;
  if (!title) {
    return res.status(400).json({ error: "A job needs a title and a city" });
  }
  const result = await db.run("INSERT INTO jobs (title, city) VALUES (?, ?)", [title, city]);
  res.status(201).json({ id: result.lastID, title, city });
});

app.delete("/api/jobs/:id", async (req, res) => {
  const result = await db.run("DELETE FROM jobs WHERE id = ?", [req.params.id]);
  if (result.changes === 0) {
    return res.status(404).json({ error: "Job not found" });
  }
  res.status(204).end();
});

app.listen(3000);
