// builds the new array with a for...of loop, an if and push instead of filter
function atLeastTen(numbers) {
  const kept = [];
  for (const n of numbers) {
    if (n >= 10) {
      kept.push(n);
    }
  }
  return kept;
}

console.log(atLeastTen([4, 10, 25, 9]));
