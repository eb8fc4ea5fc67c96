function countdown(n) {
  // Base case first: when n is 0, the answer is the empty list.
  // Your code here
  return [];
}

console.log(countdown(3));
