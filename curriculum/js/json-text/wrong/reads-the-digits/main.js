// looks for the digits straight after "points": in the text instead of parsing it, so a space after the colon breaks it
function saveScore(name, points) {
  return JSON.stringify({ name: name, points: points });
}

function loadPoints(text) {
  const found = text.match(/"points":(\d+)/);
  return Number(found[1]);
}

const saved = saveScore("Ana", 12);
console.log(saved);
console.log(loadPoints(saved));
