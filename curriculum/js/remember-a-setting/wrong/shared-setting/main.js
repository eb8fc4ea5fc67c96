// keeps the percent in one variable outside, so each new discount changes the older ones
let currentPercent = 0;

function makeDiscount(percent) {
  currentPercent = percent;
  return (price) => price - (price * currentPercent) / 100;
}

const tenOff = makeDiscount(10);
console.log(tenOff(200));
