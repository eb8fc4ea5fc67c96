// makes count inside the small function, so it starts again at 0 on every call
function makeCounter() {
  return () => {
    let count = 0;
    count = count + 1;
    return count;
  };
}

const next = makeCounter();
console.log(next(), next(), next());
