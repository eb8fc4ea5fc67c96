// compares only the first two items and the last one, so a biggest number in the middle of a long list is missed
function largest(numbers) {
  let biggest = numbers[0];
  if (numbers.length > 1 && numbers[1] > biggest) {
    biggest = numbers[1];
  }
  if (numbers[numbers.length - 1] > biggest) {
    biggest = numbers[numbers.length - 1];
  }
  return biggest;
}

console.log(largest([4, 9, 2]));
