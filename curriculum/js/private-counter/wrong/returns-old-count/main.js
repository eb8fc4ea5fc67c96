// gives back the count from before adding 1, so the first call gives 0
function makeCounter() {
  let count = 0;
  return () => {
    const before = count;
    count = count + 1;
    return before;
  };
}

const next = makeCounter();
console.log(next(), next(), next());
