// adds factor to the number instead of multiplying by it
function makeMultiplier(factor) {
  return (n) => n + factor;
}

const triple = makeMultiplier(3);
console.log(triple(4));
