// uses reduce in sumAll, and a loop of its own in scoreCard
function sumAll(...numbers) {
  return numbers.reduce((sum, n) => sum + n, 0);
}

function scoreCard(name, ...scores) {
  let total = 0;
  for (const s of scores) {
    total = total + s;
  }
  return { rounds: scores.length, name: name, total: total };
}
