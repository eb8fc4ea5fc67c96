// hands back the first list itself when the second is empty, instead of always making a new array
function combine(first, second) {
  if (second.length === 0) {
    return first;
  }
  return [...first, ...second];
}

function withPrice(item, price) {
  return { ...item, price: price };
}

console.log(combine(["Ana", "Ben"], ["Cal"]));
console.log(withPrice({ name: "tea" }, 2));
