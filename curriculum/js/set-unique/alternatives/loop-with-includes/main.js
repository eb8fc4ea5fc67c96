// builds the list of different values with a loop and includes, without a Set
function unique(items) {
  const kept = [];
  for (const item of items) {
    if (!kept.includes(item)) {
      kept.push(item);
    }
  }
  return kept;
}

function countDifferent(items) {
  return unique(items).length;
}

console.log(countDifferent(["Ana", "Ben", "Ana"]));
console.log(unique([3, 1, 3, 2, 1]));
