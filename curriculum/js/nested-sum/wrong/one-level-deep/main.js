// looks one level into inner lists with a second loop, but skips lists inside those
function sumNested(list) {
  let total = 0;
  for (const item of list) {
    if (Array.isArray(item)) {
      for (const inner of item) {
        if (!Array.isArray(inner)) {
          total = total + inner;
        }
      }
    } else {
      total = total + item;
    }
  }
  return total;
}

console.log(sumNested([1, [2, 3], [4, [5]]]));
