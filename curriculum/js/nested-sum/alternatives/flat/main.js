// flattens the list with the built-in flat(Infinity), then adds up with a loop
function sumNested(list) {
  let total = 0;
  for (const n of list.flat(Infinity)) {
    total = total + n;
  }
  return total;
}

console.log(sumNested([1, [2, 3], [4, [5]]]));
