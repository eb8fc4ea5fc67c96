// gives false for an empty list in allAtLeast, though no item fails
function onList(names, name) {
  return names.includes(name);
}

function anyOver(numbers, limit) {
  return numbers.some((n) => n > limit);
}

function allAtLeast(numbers, min) {
  return numbers.length > 0 && numbers.every((n) => n >= min);
}
