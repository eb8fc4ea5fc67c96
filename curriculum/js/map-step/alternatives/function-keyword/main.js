// hands map a function written with the function keyword instead of an arrow
function addTen(numbers) {
  return numbers.map(function (n) {
    return n + 10;
  });
}

console.log(addTen([1, 5, 20]));
