// cuts the odd numbers out of the given array with splice and hands the same array back, so the caller's array changes
function doubleAll(numbers) {
  return numbers.map((n) => n * 2);
}

function onlyEven(numbers) {
  for (let i = numbers.length - 1; i >= 0; i = i - 1) {
    if (numbers[i] % 2 !== 0) {
      numbers.splice(i, 1);
    }
  }
  return numbers;
}

function total(numbers) {
  return numbers.reduce((sum, n) => sum + n, 0);
}

console.log(doubleAll([1, 2, 3]), onlyEven([1, 2, 3, 4]), total([5, 10, 20]));
