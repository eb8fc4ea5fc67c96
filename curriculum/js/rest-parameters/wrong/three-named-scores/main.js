// names three scores instead of gathering them with ..., so a fourth score is lost
function sumAll(...numbers) {
  return numbers.reduce((sum, n) => sum + n, 0);
}

function scoreCard(name, a, b, c) {
  const scores = [a, b, c].filter((s) => s !== undefined);
  return { name: name, total: sumAll(...scores), rounds: scores.length };
}

console.log(sumAll(2, 3, 5));
console.log(scoreCard("Ana", 7, 9, 11));
