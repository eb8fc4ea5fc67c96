// works out the part still to pay, (100 - percent) percent of the price, with a function keyword
function makeDiscount(percent) {
  return function (price) {
    return (price * (100 - percent)) / 100;
  };
}

const tenOff = makeDiscount(10);
console.log(tenOff(200));
