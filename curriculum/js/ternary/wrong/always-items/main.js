// never checks the count, so 1 gets "1 items"
function itemLabel(count) {
  return count + " items";
}

function higher(a, b) {
  return a > b ? a : b;
}
