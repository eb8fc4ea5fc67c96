// adds one with the shorthand += and returns it in the same line
function makeCounter() {
  let count = 0;
  return () => (count += 1);
}

const next = makeCounter();
console.log(next(), next(), next());
