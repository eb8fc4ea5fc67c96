// takes title and city out of req.body with const { title, city } first
const express = require("express");
const app = express();

app.use(express.json());

app.get("/api/jobs", async (req, res) => {
  const jobs = await db.all("SELECT id, title, city FROM jobs ORDER BY id");
  res.json(jobs);
});

app.post("/api/jobs", async (req, res) => {
  const { title, city } = req.body;
  const result = await db.run("INSERT INTO jobs (title, city) VALUES (?, ?)", [title, city]);
  res.status(201).json({ id: result.lastID, title, city });
});

app.listen(3000);
