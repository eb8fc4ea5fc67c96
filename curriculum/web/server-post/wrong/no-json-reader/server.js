// forgets app.use(express.json()), so req.body is empty and the route breaks
const express = require("express");
const app = express();

app.get("/api/jobs", async (req, res) => {
  const jobs = await db.all("SELECT id, title, city FROM jobs ORDER BY id");
  res.json(jobs);
});

app.post("/api/jobs", async (req, res) => {
  const result = await db.run(
    "INSERT INTO jobs (title, city) VALUES (?, ?)",
    [req.body.title, req.body.city]
  );
  res.status(201).json({ id: result.lastID, title: req.body.title, city: req.body.city });
});

app.listen(3000);
