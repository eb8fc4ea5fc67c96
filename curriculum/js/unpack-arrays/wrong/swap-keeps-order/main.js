// unpacks the pair but puts it back together in the same order
function podium(finishers) {
  const [gold, silver, bronze] = finishers;
  return `Gold: ${gold}, Silver: ${silver}, Bronze: ${bronze}`;
}

function swap(pair) {
  const [first, second] = pair;
  return [first, second];
}
