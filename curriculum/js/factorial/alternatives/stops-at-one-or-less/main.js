// uses n <= 1 as the base case, which covers both 0 and 1
function factorial(n) {
  if (n <= 1) {
    return 1;
  }
  return n * factorial(n - 1);
}

console.log(factorial(4));
