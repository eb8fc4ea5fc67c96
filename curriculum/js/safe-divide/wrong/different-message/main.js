// throws an error with other words, "You can't divide by 0", not the ones the task asks for
function divide(a, b) {
  if (b === 0) {
    throw new Error("You can't divide by 0");
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
