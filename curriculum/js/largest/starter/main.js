function largest(numbers) {
  let biggest = numbers[0];
  // Your code here
  return 0;
}

console.log(largest([4, 9, 2]));
