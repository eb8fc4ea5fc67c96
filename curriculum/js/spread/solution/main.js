function combine(first, second) {
  return [...first, ...second];
}

function withPrice(item, price) {
  return { ...item, price: price };
}

console.log(combine(["Ana", "Ben"], ["Cal"]));
console.log(withPrice({ name: "tea" }, 2));
