// stores i in total each round instead of adding it, so only the last number is kept
function sumTo(n) {
  let total = 0;
  for (let i = 1; i <= n; i = i + 1) {
    total = i;
  }
  return total;
}

console.log(sumTo(4));
