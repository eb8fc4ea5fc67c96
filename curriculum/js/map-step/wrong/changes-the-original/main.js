// adds 10 inside the given array and hands the same array back, so the caller's numbers change
function addTen(numbers) {
  for (let i = 0; i < numbers.length; i = i + 1) {
    numbers[i] = numbers[i] + 10;
  }
  return numbers;
}

console.log(addTen([1, 5, 20]));
