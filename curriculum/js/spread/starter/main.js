function combine(first, second) {
  // Your code here
  return first;
}

function withPrice(item, price) {
  // Your code here
  return item;
}

console.log(combine(["Ana", "Ben"], ["Cal"]));
console.log(withPrice({ name: "tea" }, 2));
