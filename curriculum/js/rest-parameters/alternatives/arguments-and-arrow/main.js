// adds up the arguments object in sumAll, and writes scoreCard as an arrow function with shorthand properties
function sumAll() {
  let total = 0;
  for (const n of arguments) {
    total += n;
  }
  return total;
}

const scoreCard = (name, ...scores) => ({ name, total: sumAll(...scores), rounds: scores.length });

console.log(sumAll(2, 3, 5));
console.log(scoreCard("Ana", 7, 9, 11));
