// the correct top scorer: highest score, first in the list on a tie, null for nobody
function topScorer(players) {
  if (players.length === 0) {
    return null;
  }
  let best = players[0];
  for (const p of players) {
    if (p.score > best.score) {
      best = p;
    }
  }
  return best.name;
}
