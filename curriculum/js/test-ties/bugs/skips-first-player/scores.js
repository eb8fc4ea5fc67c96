// never looks at the first player in the list
function topScorer(players) {
  if (players.length === 0) {
    return null;
  }
  let best = { name: null, score: -Infinity };
  for (let i = 1; i < players.length; i = i + 1) {
    if (players[i].score > best.score) {
      best = players[i];
    }
  }
  return best.name;
}
