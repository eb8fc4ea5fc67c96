// writes the compare function as a > b, which gives true or false, never a negative number, so longer lists come out muddled
function smallestFirst(numbers) {
  return numbers.sort((a, b) => a > b);
}

function cheapestFirst(items) {
  return items.sort((a, b) => a.price > b.price);
}

console.log(smallestFirst([10, 9, 100, 25]));
console.log(cheapestFirst([{ name: "soap", price: 3 }, { name: "tea", price: 2 }]));
