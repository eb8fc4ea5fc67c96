const express = require("express");
const app = express();

// Your route here: answer GET / with the welcome words.

app.listen(3000);
