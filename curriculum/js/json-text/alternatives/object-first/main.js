// builds the object in a variable first, and unpacks points from the parsed object
function saveScore(name, points) {
  const score = { name: name, points: points };
  return JSON.stringify(score);
}

function loadPoints(text) {
  const { points } = JSON.parse(text);
  return points;
}
