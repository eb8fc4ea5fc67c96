// loops while i < n, so it stops before adding n itself
function sumTo(n) {
  let total = 0;
  for (let i = 1; i < n; i = i + 1) {
    total = total + i;
  }
  return total;
}

console.log(sumTo(4));
