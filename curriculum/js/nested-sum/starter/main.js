function sumNested(list) {
  let total = 0;
  for (const item of list) {
    // Your code here: is item a list, or a number?
  }
  return total;
}

console.log(sumNested([1, [2, 3], [4, [5]]]));
