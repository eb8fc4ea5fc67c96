// counts with a while loop instead of a for loop
function sumTo(n) {
  let total = 0;
  let i = 1;
  while (i <= n) {
    total = total + i;
    i = i + 1;
  }
  return total;
}

console.log(sumTo(4));
