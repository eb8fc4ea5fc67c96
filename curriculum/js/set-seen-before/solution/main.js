function firstRepeat(items) {
  const seen = new Set();
  for (const item of items) {
    if (seen.has(item)) {
      return item;
    }
    seen.add(item);
  }
  return null;
}

console.log(firstRepeat(["b", "a", "c", "a", "b"]));
