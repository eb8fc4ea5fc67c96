function itemLabel(count) {
  // Your code here
  return count + " items";
}

function higher(a, b) {
  // Your code here
  return a;
}

console.log(itemLabel(1), higher(4, 9));
