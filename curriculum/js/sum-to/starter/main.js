function sumTo(n) {
  let total = 0;
  // Your code here
  return total;
}

console.log(sumTo(4));
