// has no base case, so it calls itself for ever and runs out of room
function countdown(n) {
  return [n, ...countdown(n - 1)];
}
