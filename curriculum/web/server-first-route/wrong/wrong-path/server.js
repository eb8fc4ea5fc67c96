// puts the route at /welcome instead of /
const express = require("express");
const app = express();

app.get("/welcome", (req, res) => {
  res.send("Welcome to the job board!");
});

app.listen(3000);
