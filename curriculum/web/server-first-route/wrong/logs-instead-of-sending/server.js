// shows the words with console.log but never answers the request
const express = require("express");
const app = express();

app.get("/", (req, res) => {
  console.log("Welcome to the job board!");
});

app.listen(3000);
