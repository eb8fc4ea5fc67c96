// pushes every item as it is, inner lists included, so nothing is flattened
function flatten(list) {
  const result = [];
  for (const item of list) {
    result.push(item);
  }
  return result;
}

console.log(flatten([1, [2, [3, 4]], 5]));
