// The controller. This file is finished: your work is in todos.html.
const express = require("express");
const model = require("./model");

const app = express();

app.get("/", async (req, res) => {
  const todos = await model.all();
  // The database stores done as 1 or 0. The view wants true or false.
  const forView = todos.map((todo) => ({ id: todo.id, title: todo.title, done: todo.done === 1 }));
  res.render("todos", { todos: forView });
});

app.listen(3000);
