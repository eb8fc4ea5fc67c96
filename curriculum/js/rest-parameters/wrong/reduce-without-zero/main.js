// leaves out reduce's starting 0, so sumAll() with no inputs stops with an error
function sumAll(...numbers) {
  return numbers.reduce((sum, n) => sum + n);
}

function scoreCard(name, ...scores) {
  return { name: name, total: sumAll(...scores), rounds: scores.length };
}
