// puts the two values the wrong way round, so higher gives the smaller number
function itemLabel(count) {
  return count === 1 ? "1 item" : count + " items";
}

function higher(a, b) {
  return a > b ? b : a;
}
