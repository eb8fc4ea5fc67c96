// keeps going after a repeat and gives the last one found, not the first
function firstRepeat(items) {
  const seen = new Set();
  let found = null;
  for (const item of items) {
    if (seen.has(item)) {
      found = item;
    }
    seen.add(item);
  }
  return found;
}

console.log(firstRepeat(["b", "a", "c", "a", "b"]));
