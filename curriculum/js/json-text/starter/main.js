function saveScore(name, points) {
  // Your code here
  return "";
}

function loadPoints(text) {
  // Your code here
  return 0;
}

const saved = saveScore("Ana", 12);
console.log(saved);
console.log(loadPoints(saved));
