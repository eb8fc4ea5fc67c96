// uses the built-in flat(Infinity), which flattens every level, instead of recursion
function flatten(list) {
  return list.flat(Infinity);
}

console.log(flatten([1, [2, [3, 4]], 5]));
