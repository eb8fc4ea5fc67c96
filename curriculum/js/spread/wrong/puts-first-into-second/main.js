// puts the first list's items at the front of the second list with unshift, which changes the second list
function combine(first, second) {
  second.unshift(...first);
  return second;
}

function withPrice(item, price) {
  return { ...item, price: price };
}

console.log(combine(["Ana", "Ben"], ["Cal"]));
console.log(withPrice({ name: "tea" }, 2));
