// uses if and else instead of ? :
function itemLabel(count) {
  if (count === 1) {
    return "1 item";
  } else {
    return count + " items";
  }
}

function higher(a, b) {
  if (b > a) {
    return b;
  }
  return a;
}
