// names six inputs with defaults of 0 instead of gathering them with ..., so a seventh input is lost
function sumAll(a = 0, b = 0, c = 0, d = 0, e = 0, f = 0) {
  return a + b + c + d + e + f;
}

function scoreCard(name, ...scores) {
  return { name: name, total: sumAll(...scores), rounds: scores.length };
}

console.log(sumAll(2, 3, 5));
console.log(scoreCard("Ana", 7, 9, 11));
