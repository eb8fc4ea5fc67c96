// gives back the set itself from unique, not a list
function countDifferent(items) {
  return new Set(items).size;
}

function unique(items) {
  return new Set(items);
}

console.log(countDifferent(["Ana", "Ben", "Ana"]));
console.log(unique([3, 1, 3, 2, 1]));
