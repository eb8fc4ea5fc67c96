function atLeastTen(numbers) {
  // Your code here
  return numbers;
}

console.log(atLeastTen([4, 10, 25, 9]));
