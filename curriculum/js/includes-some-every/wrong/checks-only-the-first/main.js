// looks only at the first item of each list
function onList(names, name) {
  return names[0] === name;
}

function anyOver(numbers, limit) {
  return numbers[0] > limit;
}

function allAtLeast(numbers, min) {
  return numbers.length === 0 || numbers[0] >= min;
}
