// forgets the return null at the end, so it gives undefined when nothing repeats
function firstRepeat(items) {
  const seen = new Set();
  for (const item of items) {
    if (seen.has(item)) {
      return item;
    }
    seen.add(item);
  }
}

console.log(firstRepeat(["b", "a", "c", "a", "b"]));
