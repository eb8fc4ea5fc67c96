// keeps count outside makeCounter, so every counter shares one count
let count = 0;

function makeCounter() {
  return () => {
    count = count + 1;
    return count;
  };
}

const next = makeCounter();
console.log(next(), next(), next());
