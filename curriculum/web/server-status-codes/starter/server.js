const express = require("express");
const app = express();

app.use(express.json());

app.get("/api/jobs/:id", async (req, res) => {
  const job = await db.get("SELECT id, title, city FROM jobs WHERE id = ?", [req.params.id]);
  res.json(job);
});

app.post("/api/jobs", async (req, res) => {
  const { title, city } = req.body;
  const result = await db.run("INSERT INTO jobs (title, city) VALUES (?, ?)", [title, city]);
  res.json({ id: result.lastID, title, city });
});

app.delete("/api/jobs/:id", async (req, res) => {
  await db.run("DELETE FROM jobs WHERE id = ?", [req.params.id]);
  res.json({ deleted: true });
});

app.listen(3000);
