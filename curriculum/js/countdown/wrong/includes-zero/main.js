// gives [0] as the base case, so every list ends with a 0
function countdown(n) {
  if (n === 0) {
    return [0];
  }
  return [n, ...countdown(n - 1)];
}

console.log(countdown(3));
