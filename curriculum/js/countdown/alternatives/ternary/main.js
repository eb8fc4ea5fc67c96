// writes the base case and the recursive call in one line with ? :
function countdown(n) {
  return n === 0 ? [] : [n, ...countdown(n - 1)];
}

console.log(countdown(3));
