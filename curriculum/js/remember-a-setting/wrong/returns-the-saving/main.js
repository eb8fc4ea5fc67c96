// gives the amount saved instead of the price after the discount
function makeDiscount(percent) {
  return (price) => (price * percent) / 100;
}

const tenOff = makeDiscount(10);
console.log(tenOff(200));
