// keeps n when n % 2 === 1, which picks out the odd numbers
function doubleAll(numbers) {
  return numbers.map((n) => n * 2);
}

function onlyEven(numbers) {
  return numbers.filter((n) => n % 2 === 1);
}

function total(numbers) {
  return numbers.reduce((sum, n) => sum + n, 0);
}
