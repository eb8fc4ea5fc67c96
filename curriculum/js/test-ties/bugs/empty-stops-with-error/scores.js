// stops with an error for an empty list instead of giving null
function topScorer(players) {
  let best = players[0];
  for (const p of players) {
    if (p.score > best.score) {
      best = p;
    }
  }
  return best.name;
}
