// leaves out the exclamation mark at the end of the words
const express = require("express");
const app = express();

app.get("/", (req, res) => {
  res.send("Welcome to the job board");
});

app.listen(3000);
