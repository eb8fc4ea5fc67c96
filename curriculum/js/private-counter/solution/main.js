function makeCounter() {
  let count = 0;
  return () => {
    count = count + 1;
    return count;
  };
}

const next = makeCounter();
console.log(next(), next(), next());
