// gives 0 for a list with only one number in it
function average(numbers) {
  if (numbers.length <= 1) {
    return 0;
  }
  let total = 0;
  for (const n of numbers) {
    total = total + n;
  }
  return total / numbers.length;
}
