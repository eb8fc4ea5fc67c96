// uses concat for the arrays and Object.assign into an empty object for the copy
function combine(first, second) {
  return first.concat(second);
}

function withPrice(item, price) {
  return Object.assign({}, item, { price: price });
}
