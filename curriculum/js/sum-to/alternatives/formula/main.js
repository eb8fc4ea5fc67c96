// uses the school formula n * (n + 1) / 2 instead of a loop
function sumTo(n) {
  return (n * (n + 1)) / 2;
}

console.log(sumTo(4));
