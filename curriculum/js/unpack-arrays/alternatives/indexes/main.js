// reads each item by its index and joins the text with +
function podium(finishers) {
  return "Gold: " + finishers[0] + ", Silver: " + finishers[1] + ", Bronze: " + finishers[2];
}

function swap(pair) {
  return [pair[1], pair[0]];
}
