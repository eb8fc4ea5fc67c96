// compares each number with the first item instead of the biggest so far
function largest(numbers) {
  let biggest = numbers[0];
  for (const n of numbers) {
    if (n > numbers[0]) {
      biggest = n;
    }
  }
  return biggest;
}

console.log(largest([4, 9, 2]));
