// leaves out the dots, so numbers is only the first input, not an array of them all
function sumAll(numbers) {
  let total = 0;
  for (const n of numbers) {
    total = total + n;
  }
  return total;
}

function scoreCard(name, ...scores) {
  return { name: name, total: sumAll(...scores), rounds: scores.length };
}
