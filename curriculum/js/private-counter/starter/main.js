function makeCounter() {
  let count = 0;
  // Your code here: return a function that adds 1 to count and gives it back
}

// Try it once makeCounter returns a function:
// const next = makeCounter();
// console.log(next(), next(), next());
