function factorial(n) {
  // Base case first: the factorial of 0 is 1.
  // Your code here
  return 1;
}

console.log(factorial(4));
