const express = require("express");
const app = express();

// Read JSON bodies here, before the routes.

app.get("/api/jobs", async (req, res) => {
  const jobs = await db.all("SELECT id, title, city FROM jobs ORDER BY id");
  res.json(jobs);
});

// Your POST route here.

app.listen(3000);
