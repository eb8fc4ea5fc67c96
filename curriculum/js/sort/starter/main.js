function smallestFirst(numbers) {
  // Your code here
  return numbers;
}

function cheapestFirst(items) {
  // Your code here
  return items;
}

console.log(smallestFirst([10, 9, 100, 25]));
console.log(cheapestFirst([{ name: "soap", price: 3 }, { name: "tea", price: 2 }]));
