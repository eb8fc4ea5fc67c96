// checks whether a is 0 instead of b, the number it divides by
function divide(a, b) {
  if (a === 0) {
    throw new Error("Cannot divide by zero");
  }
  return a / b;
}

function safeDivide(a, b) {
  try {
    return divide(a, b);
  } catch (error) {
    return null;
  }
}
