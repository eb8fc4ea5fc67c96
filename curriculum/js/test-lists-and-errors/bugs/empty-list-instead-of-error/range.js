// gives an empty list, instead of an error, when to is smaller than from
function range(from, to) {
  const numbers = [];
  for (let n = from; n <= to; n = n + 1) {
    numbers.push(n);
  }
  return numbers;
}
