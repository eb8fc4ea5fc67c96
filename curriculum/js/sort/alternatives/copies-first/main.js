// sorts a copy of each list, made with ... and slice, so the list it was given is not changed
const smallestFirst = (numbers) => [...numbers].sort((a, b) => a - b);

const cheapestFirst = (items) => items.slice().sort((a, b) => a.price - b.price);

console.log(smallestFirst([10, 9, 100, 25]));
console.log(cheapestFirst([{ name: "soap", price: 3 }, { name: "tea", price: 2 }]));
