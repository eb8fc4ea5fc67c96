// never adds express.urlencoded(), so req.body has no form in it
// The controller: the routes. Each one asks the model, then answers.
const express = require("express");
const model = require("./model");

const app = express();

app.get("/", async (req, res) => {
  const todos = await model.all();
  res.render("todos", { todos: todos });
});

app.post("/todos", async (req, res) => {
  await model.add(req.body.title);
  res.redirect("/");
});

app.listen(3000);
