// gives a tie to the player who comes later in the list
function topScorer(players) {
  if (players.length === 0) {
    return null;
  }
  let best = players[0];
  for (const p of players) {
    if (p.score >= best.score) {
      best = p;
    }
  }
  return best.name;
}
