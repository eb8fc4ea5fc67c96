// turns the pair itself round with reverse(), which changes the array it was given instead of making a new one
function podium(finishers) {
  const [gold, silver, bronze] = finishers;
  return `Gold: ${gold}, Silver: ${silver}, Bronze: ${bronze}`;
}

function swap(pair) {
  return pair.reverse();
}

console.log(podium(["Ana", "Ben", "Cal", "Dee"]));
console.log(swap([1, 2]));
