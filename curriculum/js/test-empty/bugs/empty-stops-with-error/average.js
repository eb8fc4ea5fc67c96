// stops with an error for an empty list instead of giving 0
function average(numbers) {
  if (numbers.length === 0) {
    throw new Error("no numbers to average");
  }
  let total = 0;
  for (const n of numbers) {
    total = total + n;
  }
  return total / numbers.length;
}
