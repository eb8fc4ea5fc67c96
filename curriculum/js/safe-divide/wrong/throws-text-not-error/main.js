// throws the bare text "Cannot divide by zero" instead of new Error(...), so there is no message
function divide(a, b) {
  if (b === 0) {
    throw "Cannot divide by zero";
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
