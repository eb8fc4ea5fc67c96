function doubleAll(numbers) {
  return numbers.map((n) => n * 2);
}

function onlyEven(numbers) {
  return numbers.filter((n) => n % 2 === 0);
}

function total(numbers) {
  return numbers.reduce((sum, n) => sum + n, 0);
}

console.log(doubleAll([1, 2, 3]), onlyEven([1, 2, 3, 4]), total([5, 10, 20]));
