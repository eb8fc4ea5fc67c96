const express = require("express");
const app = express();

app.get("/", (req, res) => {
  res.send("Welcome to the job board!");
});

app.listen(3000);
