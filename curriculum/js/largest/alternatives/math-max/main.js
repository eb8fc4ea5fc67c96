// hands every number to the built-in Math.max instead of writing a loop
function largest(numbers) {
  return Math.max(...numbers);
}

console.log(largest([4, 9, 2]));
