// hands map, filter and reduce functions written with the function keyword instead of arrows
function doubleAll(numbers) {
  return numbers.map(function (n) {
    return n * 2;
  });
}

function onlyEven(numbers) {
  return numbers.filter(function (n) {
    return n % 2 === 0;
  });
}

function total(numbers) {
  return numbers.reduce(function (sum, n) {
    return sum + n;
  }, 0);
}
