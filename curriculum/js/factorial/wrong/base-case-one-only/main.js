// stops only at 1, so factorial(0) calls itself for ever
function factorial(n) {
  if (n === 1) {
    return 1;
  }
  return n * factorial(n - 1);
}

console.log(factorial(4));
