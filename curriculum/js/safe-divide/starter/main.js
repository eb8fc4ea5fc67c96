function divide(a, b) {
  // Your code here
  return a / b;
}

function safeDivide(a, b) {
  // Your code here
  return divide(a, b);
}

console.log(safeDivide(9, 3), safeDivide(1, 0));
