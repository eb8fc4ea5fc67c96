// The controller: the routes the page calls.
const express = require("express");
const model = require("./model");

const app = express();
app.use(express.json());

// Stage 1: GET /api/jobs answers with every job, as JSON.
// Stage 3: with ?q=..., only the jobs that match (req.query.q).
// TODO

// Stage 4: GET /api/jobs/:id answers with one job, or 404 when there is none.
// TODO

// Stage 5: POST /api/jobs/:id/applications checks name, email and message.
// Something missing, or no @ in the email: answer 400 with { error: "..." }.
// All good: save it through the model and answer 201.
// TODO

app.listen(3000);
