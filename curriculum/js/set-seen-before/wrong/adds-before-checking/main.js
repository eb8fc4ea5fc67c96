// adds each item before asking has, so every item looks seen and the first one is returned
function firstRepeat(items) {
  const seen = new Set();
  for (const item of items) {
    seen.add(item);
    if (seen.has(item)) {
      return item;
    }
  }
  return null;
}

console.log(firstRepeat(["b", "a", "c", "a", "b"]));
