// counts from 1 instead of 0, so gold goes to the second finisher
function podium(finishers) {
  const gold = finishers[1];
  const silver = finishers[2];
  const bronze = finishers[3];
  return `Gold: ${gold}, Silver: ${silver}, Bronze: ${bronze}`;
}

function swap(pair) {
  const [first, second] = pair;
  return [second, first];
}
