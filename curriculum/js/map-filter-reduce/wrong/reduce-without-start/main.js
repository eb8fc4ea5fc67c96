// leaves out the starting 0 in reduce, so an empty array gives an error
function doubleAll(numbers) {
  return numbers.map((n) => n * 2);
}

function onlyEven(numbers) {
  return numbers.filter((n) => n % 2 === 0);
}

function total(numbers) {
  return numbers.reduce((sum, n) => sum + n);
}
