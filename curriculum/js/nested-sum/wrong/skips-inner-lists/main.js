// adds only the numbers at the top and skips every inner list
function sumNested(list) {
  let total = 0;
  for (const item of list) {
    if (!Array.isArray(item)) {
      total = total + item;
    }
  }
  return total;
}

console.log(sumNested([1, [2, 3], [4, [5]]]));
