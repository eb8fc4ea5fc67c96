function addTen(numbers) {
  // Your code here
  return numbers;
}

console.log(addTen([1, 5, 20]));
