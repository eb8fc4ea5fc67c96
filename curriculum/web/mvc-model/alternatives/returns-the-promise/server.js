// The controller: each route asks the model, then answers.
// This file is finished. Your work is in model.js.
const express = require("express");
const model = require("./model");

const app = express();
app.use(express.json());

app.get("/api/todos", async (req, res) => {
  res.json(await model.all());
});

app.post("/api/todos", async (req, res) => {
  const todo = await model.add(req.body.title);
  res.status(201).json(todo);
});

app.post("/api/todos/:id/done", async (req, res) => {
  await model.markDone(req.params.id);
  res.status(204).end();
});

app.listen(3000);
