// visits the items by index with a counting for loop instead of for...of
function largest(numbers) {
  let biggest = numbers[0];
  for (let i = 1; i < numbers.length; i = i + 1) {
    if (numbers[i] > biggest) {
      biggest = numbers[i];
    }
  }
  return biggest;
}

console.log(largest([4, 9, 2]));
