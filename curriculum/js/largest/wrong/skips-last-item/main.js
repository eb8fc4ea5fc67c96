// stops the counting loop one item early (i < numbers.length - 1), so the last item is never looked at
function largest(numbers) {
  let biggest = numbers[0];
  for (let i = 0; i < numbers.length - 1; i = i + 1) {
    if (numbers[i] > biggest) {
      biggest = numbers[i];
    }
  }
  return biggest;
}

console.log(largest([4, 9, 2]));
