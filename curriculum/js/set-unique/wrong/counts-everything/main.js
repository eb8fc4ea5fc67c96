// counts every item, repeats included, instead of the different ones
function countDifferent(items) {
  return items.length;
}

function unique(items) {
  return [...new Set(items)];
}

console.log(countDifferent(["Ana", "Ben", "Ana"]));
console.log(unique([3, 1, 3, 2, 1]));
