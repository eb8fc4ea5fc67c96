// throws away everything in the text that is not a digit, so a name with a number in it mixes into the points
function saveScore(name, points) {
  return JSON.stringify({ name: name, points: points });
}

function loadPoints(text) {
  return Number(text.replace(/[^0-9]/g, ""));
}

const saved = saveScore("Ana", 12);
console.log(saved);
console.log(loadPoints(saved));
