// doubles the numbers inside the given array and hands the same array back
function doubleAll(numbers) {
  for (let i = 0; i < numbers.length; i = i + 1) {
    numbers[i] = numbers[i] * 2;
  }
  return numbers;
}

function onlyEven(numbers) {
  return numbers.filter((n) => n % 2 === 0);
}

function total(numbers) {
  return numbers.reduce((sum, n) => sum + n, 0);
}
