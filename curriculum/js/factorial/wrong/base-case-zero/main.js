// gives 0 in the base case, so every answer is multiplied by 0
function factorial(n) {
  if (n === 0) {
    return 0;
  }
  return n * factorial(n - 1);
}

console.log(factorial(4));
