// keeps the answer in a variable that starts as null, and returns it once at the end
function divide(a, b) {
  if (b === 0) {
    throw new Error("Cannot divide by zero");
  }
  return a / b;
}

function safeDivide(a, b) {
  let answer = null;
  try {
    answer = divide(a, b);
  } catch (error) {
    answer = null;
  }
  return answer;
}
