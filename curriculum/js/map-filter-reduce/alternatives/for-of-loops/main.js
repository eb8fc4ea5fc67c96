// builds each answer with a for...of loop instead of map, filter and reduce
function doubleAll(numbers) {
  const doubled = [];
  for (const n of numbers) {
    doubled.push(n * 2);
  }
  return doubled;
}

function onlyEven(numbers) {
  const even = [];
  for (const n of numbers) {
    if (n % 2 === 0) {
      even.push(n);
    }
  }
  return even;
}

function total(numbers) {
  let sum = 0;
  for (const n of numbers) {
    sum = sum + n;
  }
  return sum;
}
