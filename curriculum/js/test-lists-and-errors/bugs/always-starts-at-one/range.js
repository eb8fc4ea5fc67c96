// always starts counting at 1, whatever from is
function range(from, to) {
  if (to < from) {
    throw new Error("to is smaller than from");
  }
  const numbers = [];
  for (let n = 1; n <= to; n = n + 1) {
    numbers.push(n);
  }
  return numbers;
}
