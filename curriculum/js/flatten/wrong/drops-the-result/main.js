// calls flatten on each inner list but throws its answer away, so inner values go missing
function flatten(list) {
  const result = [];
  for (const item of list) {
    if (Array.isArray(item)) {
      flatten(item);
    } else {
      result.push(item);
    }
  }
  return result;
}

console.log(flatten([1, [2, [3, 4]], 5]));
