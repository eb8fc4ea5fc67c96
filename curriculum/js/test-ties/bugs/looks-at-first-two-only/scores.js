// compares only the first two players and ignores everyone after them
function topScorer(players) {
  if (players.length === 0) {
    return null;
  }
  if (players.length === 1 || players[0].score >= players[1].score) {
    return players[0].name;
  }
  return players[1].name;
}
