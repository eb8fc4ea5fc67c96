// pushes the second list's items into the first list, which changes it
function combine(first, second) {
  first.push(...second);
  return first;
}

function withPrice(item, price) {
  return { ...item, price: price };
}
