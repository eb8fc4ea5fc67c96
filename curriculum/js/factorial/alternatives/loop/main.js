// multiplies in a for loop instead of calling itself
function factorial(n) {
  let result = 1;
  for (let i = 2; i <= n; i = i + 1) {
    result = result * i;
  }
  return result;
}

console.log(factorial(4));
