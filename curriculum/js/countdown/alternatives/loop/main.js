// builds the list with a for loop instead of calling itself
function countdown(n) {
  const numbers = [];
  for (let i = n; i >= 1; i = i - 1) {
    numbers.push(i);
  }
  return numbers;
}

console.log(countdown(3));
