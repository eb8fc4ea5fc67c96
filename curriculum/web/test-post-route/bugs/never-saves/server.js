// answers 201 with the new job but never saves it
const express = require("express");
const app = express();

app.use(express.json());

app.get("/api/jobs", async (req, res) => {
  const jobs = await db.all("SELECT id, title, city FROM jobs ORDER BY id");
  res.json(jobs);
});

app.post("/api/jobs", async (req, res) => {
  const count = await db.get("SELECT COUNT(*) AS n FROM jobs");
  res.status(201).json({ id: count.n + 1, title: req.body.title, city: req.body.city });
});

app.listen(3000);
