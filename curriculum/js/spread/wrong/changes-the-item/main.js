// sets the price on the item itself, which changes the original object
function combine(first, second) {
  return [...first, ...second];
}

function withPrice(item, price) {
  item.price = price;
  return item;
}
