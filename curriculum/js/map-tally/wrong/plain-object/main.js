// counts in a plain object { } instead of a Map, so get, has and size are missing
function tally(votes) {
  const counts = {};
  for (const name of votes) {
    if (counts[name] === undefined) {
      counts[name] = 1;
    } else {
      counts[name] = counts[name] + 1;
    }
  }
  return counts;
}

function winner(votes) {
  let best = null;
  let bestCount = 0;
  const counts = tally(votes);
  for (const name of Object.keys(counts)) {
    if (counts[name] > bestCount) {
      best = name;
      bestCount = counts[name];
    }
  }
  return best;
}

console.log(tally(["Ana", "Ben", "Ana"]));
console.log(winner(["Ben", "Ana", "Ana", "Ben"]));
