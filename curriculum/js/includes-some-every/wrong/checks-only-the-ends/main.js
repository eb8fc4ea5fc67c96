// looks only at the first and last numbers (and the second in anyOver), so a number in the middle of a long list is missed
function onList(names, name) {
  return names.includes(name);
}

function anyOver(numbers, limit) {
  if (numbers.length === 0) {
    return false;
  }
  return numbers[0] > limit || numbers[1] > limit || numbers[numbers.length - 1] > limit;
}

function allAtLeast(numbers, min) {
  if (numbers.length === 0) {
    return true;
  }
  return numbers[0] >= min && numbers[numbers.length - 1] >= min;
}

console.log(onList(["Ana", "Ben", "Cal"], "Ben"));
console.log(anyOver([18, 22, 31, 25], 30));
console.log(allAtLeast([50, 70], 50));
