// The controller: the routes the page calls.
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

app.listen(3000);
