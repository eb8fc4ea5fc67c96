function onList(names, name) {
  // Your code here
  return false;
}

function anyOver(numbers, limit) {
  // Your code here
  return false;
}

function allAtLeast(numbers, min) {
  // Your code here
  return false;
}

console.log(onList(["Ana", "Ben", "Cal"], "Ben"));
console.log(anyOver([18, 22, 31, 25], 30));
console.log(allAtLeast([50, 70], 50));
