// cuts the small numbers out of the given array with splice and hands the same array back, so the caller's array changes
function atLeastTen(numbers) {
  for (let i = numbers.length - 1; i >= 0; i = i - 1) {
    if (numbers[i] < 10) {
      numbers.splice(i, 1);
    }
  }
  return numbers;
}

console.log(atLeastTen([4, 10, 25, 9]));
