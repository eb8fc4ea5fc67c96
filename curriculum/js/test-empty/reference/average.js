// the correct average: the total divided by how many numbers, and 0 for an empty list
function average(numbers) {
  if (numbers.length === 0) {
    return 0;
  }
  let total = 0;
  for (const n of numbers) {
    total = total + n;
  }
  return total / numbers.length;
}
