function itemLabel(count) {
  return count === 1 ? "1 item" : count + " items";
}

function higher(a, b) {
  return a > b ? a : b;
}

console.log(itemLabel(1), higher(4, 9));
