// builds the JSON text by hand with a template literal instead of JSON.stringify, which breaks when the name has a double quote in it
function saveScore(name, points) {
  return `{"name":"${name}","points":${points}}`;
}

function loadPoints(text) {
  return JSON.parse(text).points;
}

const saved = saveScore("Ana", 12);
console.log(saved);
console.log(loadPoints(saved));
