// The controller: the routes. Each one asks the model, then answers.
const express = require("express");
const model = require("./model");

const app = express();
// TODO: let Express read form data.

// TODO: GET / shows the view "todos" with every todo.

// TODO: POST /todos adds the todo from the form, then sends the browser back to /.

app.listen(3000);
