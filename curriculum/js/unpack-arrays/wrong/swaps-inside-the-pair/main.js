// swaps the two items inside the pair it was given and hands the same array back, instead of making a new one
function podium(finishers) {
  const [gold, silver, bronze] = finishers;
  return `Gold: ${gold}, Silver: ${silver}, Bronze: ${bronze}`;
}

function swap(pair) {
  [pair[0], pair[1]] = [pair[1], pair[0]];
  return pair;
}

console.log(podium(["Ana", "Ben", "Cal", "Dee"]));
console.log(swap([1, 2]));
