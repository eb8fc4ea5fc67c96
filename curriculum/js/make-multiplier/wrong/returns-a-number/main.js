// multiplies straight away and returns a number, not a function
function makeMultiplier(factor, n) {
  return n * factor;
}

console.log(makeMultiplier(3, 4));
