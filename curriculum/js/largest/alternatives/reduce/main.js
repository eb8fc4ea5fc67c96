// keeps the bigger of each pair with reduce and a ternary, instead of a loop
const largest = (numbers) => numbers.reduce((biggest, n) => (n > biggest ? n : biggest));

console.log(largest([4, 9, 2]));
