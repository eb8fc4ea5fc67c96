function podium(finishers) {
  const [gold, silver, bronze] = finishers;
  return `Gold: ${gold}, Silver: ${silver}, Bronze: ${bronze}`;
}

function swap(pair) {
  const [first, second] = pair;
  return [second, first];
}

console.log(podium(["Ana", "Ben", "Cal", "Dee"]));
console.log(swap([1, 2]));
