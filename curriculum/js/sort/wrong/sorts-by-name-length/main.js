// sorts the items by the length of their names instead of by price
function smallestFirst(numbers) {
  return numbers.sort((a, b) => a - b);
}

function cheapestFirst(items) {
  return items.sort((a, b) => a.name.length - b.name.length);
}

console.log(smallestFirst([10, 9, 100, 25]));
console.log(cheapestFirst([{ name: "soap", price: 3 }, { name: "tea", price: 2 }]));
