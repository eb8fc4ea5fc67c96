// puts n after the smaller numbers, so the list counts up instead of down
function countdown(n) {
  if (n === 0) {
    return [];
  }
  return [...countdown(n - 1), n];
}

console.log(countdown(3));
