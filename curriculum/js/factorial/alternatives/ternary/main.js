// writes the base case and the recursive case in one line with ? :
function factorial(n) {
  return n === 0 ? 1 : n * factorial(n - 1);
}

console.log(factorial(4));
