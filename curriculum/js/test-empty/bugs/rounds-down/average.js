// rounds the average down to a whole number
function average(numbers) {
  if (numbers.length === 0) {
    return 0;
  }
  let total = 0;
  for (const n of numbers) {
    total = total + n;
  }
  return Math.floor(total / numbers.length);
}
