// uses every in anyOver and some in allAtLeast
function onList(names, name) {
  return names.includes(name);
}

function anyOver(numbers, limit) {
  return numbers.every((n) => n > limit);
}

function allAtLeast(numbers, min) {
  return numbers.some((n) => n >= min);
}
