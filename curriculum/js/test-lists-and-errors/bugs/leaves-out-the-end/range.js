// stops one short, leaving out the last number
function range(from, to) {
  if (to < from) {
    throw new Error("to is smaller than from");
  }
  const numbers = [];
  for (let n = from; n < to; n = n + 1) {
    numbers.push(n);
  }
  return numbers;
}
