// sorts the different values, so they lose the order in which they first appeared
function countDifferent(items) {
  return new Set(items).size;
}

function unique(items) {
  return [...new Set(items)].sort();
}

console.log(countDifferent(["Ana", "Ben", "Ana"]));
console.log(unique([3, 1, 3, 2, 1]));
