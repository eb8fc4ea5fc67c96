// never throws, so divide(1, 0) gives Infinity and safeDivide never returns null
function divide(a, b) {
  return a / b;
}

function safeDivide(a, b) {
  try {
    return divide(a, b);
  } catch (error) {
    return null;
  }
}
