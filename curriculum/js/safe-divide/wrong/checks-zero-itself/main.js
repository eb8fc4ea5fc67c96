// checks for zero itself instead of catching, so any other error from divide is not caught
function divide(a, b) {
  if (b === 0) {
    throw new Error("Cannot divide by zero");
  }
  return a / b;
}

function safeDivide(a, b) {
  if (b === 0) {
    return null;
  }
  return divide(a, b);
}
