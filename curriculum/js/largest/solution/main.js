function largest(numbers) {
  let biggest = numbers[0];
  for (const n of numbers) {
    if (n > biggest) {
      biggest = n;
    }
  }
  return biggest;
}

console.log(largest([4, 9, 2]));
