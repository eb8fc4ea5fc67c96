// writes makeMultiplier itself as an arrow function that returns an arrow function
const makeMultiplier = (factor) => (n) => n * factor;

const triple = makeMultiplier(3);
console.log(triple(4));
