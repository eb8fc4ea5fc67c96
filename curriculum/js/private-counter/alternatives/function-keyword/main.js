// returns a function written with the function keyword instead of an arrow
function makeCounter() {
  let count = 0;
  return function () {
    count = count + 1;
    return count;
  };
}

const next = makeCounter();
console.log(next(), next(), next());
