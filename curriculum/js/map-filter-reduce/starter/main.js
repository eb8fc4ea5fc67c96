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
