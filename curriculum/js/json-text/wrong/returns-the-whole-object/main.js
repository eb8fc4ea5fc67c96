// returns the whole parsed object instead of only its points
function saveScore(name, points) {
  return JSON.stringify({ name: name, points: points });
}

function loadPoints(text) {
  return JSON.parse(text);
}
