// takes percent off as money (10 off) instead of as a percent of the price
function makeDiscount(percent) {
  return (price) => price - percent;
}

const tenOff = makeDiscount(10);
console.log(tenOff(200));
