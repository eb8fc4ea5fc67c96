function saveScore(name, points) {
  return JSON.stringify({ name: name, points: points });
}

function loadPoints(text) {
  return JSON.parse(text).points;
}

const saved = saveScore("Ana", 12);
console.log(saved);
console.log(loadPoints(saved));
