// adds 10 to the first number only and copies the rest as they were
function addTen(numbers) {
  return numbers.map((n, i) => (i === 0 ? n + 10 : n));
}

console.log(addTen([1, 5, 20]));
