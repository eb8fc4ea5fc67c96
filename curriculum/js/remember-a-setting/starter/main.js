function makeDiscount(percent) {
  // Your code here: return a function that takes a price
}

// Try it once makeDiscount returns a function:
// const tenOff = makeDiscount(10);
// console.log(tenOff(200));
