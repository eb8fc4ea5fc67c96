// saves the title and the city the wrong way round, though its answer looks right
const express = require("express");
const app = express();

app.use(express.json());

app.get("/api/jobs", async (req, res) => {
  const jobs = await db.all("SELECT id, title, city FROM jobs ORDER BY id");
  res.json(jobs);
});

app.post("/api/jobs", async (req, res) => {
  const result = await db.run(
    "INSERT INTO jobs (title, city) VALUES (?, ?)",
    [req.body.city, req.body.title]
  );
  res.status(201).json({ id: result.lastID, title: req.body.title, city: req.body.city });
});

app.listen(3000);
