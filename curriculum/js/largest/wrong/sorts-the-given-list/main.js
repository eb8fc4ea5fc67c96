// sorts the list it was given, biggest first, which changes the caller's list, then takes the first item
function largest(numbers) {
  numbers.sort((a, b) => b - a);
  return numbers[0];
}

console.log(largest([4, 9, 2]));
