// returns a function written with the function keyword instead of an arrow
function makeMultiplier(factor) {
  return function (n) {
    return n * factor;
  };
}

const triple = makeMultiplier(3);
console.log(triple(4));
