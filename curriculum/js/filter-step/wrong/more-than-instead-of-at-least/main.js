// keeps n when n > 10, so a number of exactly 10 is dropped
function atLeastTen(numbers) {
  return numbers.filter((n) => n > 10);
}

console.log(atLeastTen([4, 10, 25, 9]));
