// builds the new array with a for...of loop and push instead of map
function addTen(numbers) {
  const result = [];
  for (const n of numbers) {
    result.push(n + 10);
  }
  return result;
}

console.log(addTen([1, 5, 20]));
