// gives NaN, "not a number", for an empty list instead of 0
function average(numbers) {
  let total = 0;
  for (const n of numbers) {
    total = total + n;
  }
  return total / numbers.length;
}
