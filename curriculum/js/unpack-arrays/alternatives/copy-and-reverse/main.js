// copies the pair with ... and reverses the copy, and builds the podium text with map and join
function podium(finishers) {
  const medals = ["Gold", "Silver", "Bronze"];
  return medals.map((medal, i) => `${medal}: ${finishers[i]}`).join(", ");
}

function swap(pair) {
  return [...pair].reverse();
}

console.log(podium(["Ana", "Ben", "Cal", "Dee"]));
console.log(swap([1, 2]));
