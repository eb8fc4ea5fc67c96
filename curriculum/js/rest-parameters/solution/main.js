function sumAll(...numbers) {
  let total = 0;
  for (const n of numbers) {
    total = total + n;
  }
  return total;
}

function scoreCard(name, ...scores) {
  return { name: name, total: sumAll(...scores), rounds: scores.length };
}

console.log(sumAll(2, 3, 5));
console.log(scoreCard("Ana", 7, 9, 11));
