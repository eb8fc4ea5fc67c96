// counts with ?? 0 instead of has, and finds the winner by sorting the pairs (sort keeps ties in order)
function tally(votes) {
  const counts = new Map();
  for (const name of votes) {
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return counts;
}

function winner(votes) {
  const pairs = [...tally(votes)];
  if (pairs.length === 0) {
    return null;
  }
  pairs.sort((a, b) => b[1] - a[1]);
  return pairs[0][0];
}

console.log(tally(["Ana", "Ben", "Ana"]));
console.log(winner(["Ben", "Ana", "Ana", "Ben"]));
