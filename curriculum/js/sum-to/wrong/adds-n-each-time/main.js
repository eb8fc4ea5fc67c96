// adds n every time round instead of the counter i
function sumTo(n) {
  let total = 0;
  for (let i = 1; i <= n; i = i + 1) {
    total = total + n;
  }
  return total;
}

console.log(sumTo(4));
