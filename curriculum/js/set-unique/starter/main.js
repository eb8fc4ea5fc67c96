function countDifferent(items) {
  // Your code here
  return items.length;
}

function unique(items) {
  // Your code here
  return items;
}

console.log(countDifferent(["Ana", "Ben", "Ana"]));
console.log(unique([3, 1, 3, 2, 1]));
