// forgets app.listen(3000), so the server never starts waiting for requests
const express = require("express");
const app = express();

app.get("/", (req, res) => {
  res.send("Welcome to the job board!");
});
