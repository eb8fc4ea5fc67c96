// remembers the items seen in a list with includes and push instead of a Set
function firstRepeat(items) {
  const seen = [];
  for (const item of items) {
    if (seen.includes(item)) {
      return item;
    }
    seen.push(item);
  }
  return null;
}

console.log(firstRepeat(["b", "a", "c", "a", "b"]));
