// reads .points straight from the text, which is only a string, so it gets undefined
function saveScore(name, points) {
  return JSON.stringify({ name: name, points: points });
}

function loadPoints(text) {
  return text.points;
}
