// writes safeDivide as an arrow function, and divide with an early return
function divide(a, b) {
  if (b !== 0) {
    return a / b;
  }
  throw new Error("Cannot divide by zero");
}

const safeDivide = (a, b) => {
  try {
    return divide(a, b);
  } catch (error) {
    return null;
  }
};
