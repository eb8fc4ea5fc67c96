// spreads each inner list without flattening it, so lists two levels deep stay lists
function flatten(list) {
  const result = [];
  for (const item of list) {
    if (Array.isArray(item)) {
      result.push(...item);
    } else {
      result.push(item);
    }
  }
  return result;
}

console.log(flatten([1, [2, [3, 4]], 5]));
