// writes the route's function with the function keyword instead of an arrow
const express = require("express");
const app = express();

app.get("/", function (req, res) {
  res.send("Welcome to the job board!");
});

app.listen(3000);
