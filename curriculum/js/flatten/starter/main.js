function flatten(list) {
  const result = [];
  for (const item of list) {
    // Your code here
  }
  return result;
}

console.log(flatten([1, [2, [3, 4]], 5]));
