function onList(names, name) {
  return names.includes(name);
}

function anyOver(numbers, limit) {
  return numbers.some((n) => n > limit);
}

function allAtLeast(numbers, min) {
  return numbers.every((n) => n >= min);
}

console.log(onList(["Ana", "Ben", "Cal"], "Ben"));
console.log(anyOver([18, 22, 31, 25], 30));
console.log(allAtLeast([50, 70], 50));
