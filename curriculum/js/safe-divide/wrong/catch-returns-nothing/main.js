// catches the error but returns nothing from catch, so safeDivide gives undefined instead of null
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
    console.log(error.message);
  }
}
