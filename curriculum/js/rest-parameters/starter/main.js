function sumAll() {
  // Your code here
  return 0;
}

function scoreCard(name) {
  // Your code here
  return { name: name, total: 0, rounds: 0 };
}

console.log(sumAll(2, 3, 5));
console.log(scoreCard("Ana", 7, 9, 11));
