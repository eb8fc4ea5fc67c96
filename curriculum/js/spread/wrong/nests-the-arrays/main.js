// leaves out the dots, so the result is an array holding the two arrays
function combine(first, second) {
  return [first, second];
}

function withPrice(item, price) {
  return { ...item, price: price };
}
