// starts biggest at 0, so a list of only negative numbers gives 0
function largest(numbers) {
  let biggest = 0;
  for (const n of numbers) {
    if (n > biggest) {
      biggest = n;
    }
  }
  return biggest;
}

console.log(largest([4, 9, 2]));
