function doubleAll(numbers) {
  // Your code here
  return numbers;
}

function onlyEven(numbers) {
  // Your code here
  return numbers;
}

function total(numbers) {
  // Your code here
  return 0;
}

console.log(doubleAll([1, 2, 3]), onlyEven([1, 2, 3, 4]), total([5, 10, 20]));
