function divide(a, b) {
  if (b === 0) {
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

console.log(safeDivide(9, 3), safeDivide(1, 0));
