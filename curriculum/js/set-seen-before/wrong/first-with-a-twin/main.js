// returns the first item that appears twice anywhere, not the first to come back
function firstRepeat(items) {
  for (const item of items) {
    if (items.indexOf(item) !== items.lastIndexOf(item)) {
      return item;
    }
  }
  return null;
}

console.log(firstRepeat(["b", "a", "c", "a", "b"]));
