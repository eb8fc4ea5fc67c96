function largest(numbers) {
  let biggest = numbers[0];
  // Your code here
  return 0;
}
