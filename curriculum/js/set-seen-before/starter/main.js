function firstRepeat(items) {
  const seen = new Set();
  for (const item of items) {
    // Your code here
  }
  return null;
}

console.log(firstRepeat(["b", "a", "c", "a", "b"]));
