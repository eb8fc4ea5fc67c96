function makeMultiplier(factor) {
  // Your code here: return a function
}

// Try it once makeMultiplier returns a function:
// const triple = makeMultiplier(3);
// console.log(triple(4));
