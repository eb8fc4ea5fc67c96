// counts down from n to 1 instead of up, using the shorthand += and --
function sumTo(n) {
  let total = 0;
  for (let i = n; i >= 1; i--) {
    total += i;
  }
  return total;
}

console.log(sumTo(4));
