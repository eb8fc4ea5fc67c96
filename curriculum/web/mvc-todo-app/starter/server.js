// The controller: the routes the page calls.
const express = require("express");
const model = require("./model");

const app = express();
app.use(express.json());

// TODO: GET /api/todos answers with every todo, as JSON.

// TODO: POST /api/todos adds the todo in req.body.title, and answers 201 with it.

app.listen(3000);
