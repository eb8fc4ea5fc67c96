function podium(finishers) {
  // Your code here
  return "";
}

function swap(pair) {
  // Your code here
  return pair;
}

console.log(podium(["Ana", "Ben", "Cal", "Dee"]));
console.log(swap([1, 2]));
