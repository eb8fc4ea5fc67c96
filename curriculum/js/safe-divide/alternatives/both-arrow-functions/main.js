// writes both functions as arrow functions stored in consts
const divide = (a, b) => {
  if (b === 0) {
    throw new Error("Cannot divide by zero");
  }
  return a / b;
};

const safeDivide = (a, b) => {
  try {
    return divide(a, b);
  } catch (error) {
    return null;
  }
};
