function divide(a, b) {
  // Your code here
  return a / b;
}

function safeDivide(a, b) {
  // Your code here
  return divide(a, b);
}
