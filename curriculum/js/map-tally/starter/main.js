function tally(votes) {
  const counts = new Map();
  // Your code here
  return counts;
}

function winner(votes) {
  let best = null;
  let bestCount = 0;
  // Your code here: go through the pairs of tally(votes)
  return best;
}

console.log(tally(["Ana", "Ben", "Ana"]));
console.log(winner(["Ben", "Ana", "Ana", "Ben"]));
