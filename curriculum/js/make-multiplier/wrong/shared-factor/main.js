// keeps the factor in one variable outside, so each new multiplier changes the older ones
let lastFactor = 1;

function makeMultiplier(factor) {
  lastFactor = factor;
  return (n) => n * lastFactor;
}

const triple = makeMultiplier(3);
console.log(triple(4));
