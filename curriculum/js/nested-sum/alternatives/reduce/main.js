// adds up with reduce, calling itself for each inner list
function sumNested(list) {
  return list.reduce((sum, item) => sum + (Array.isArray(item) ? sumNested(item) : item), 0);
}

console.log(sumNested([1, [2, 3], [4, [5]]]));
