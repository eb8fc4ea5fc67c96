function makeDiscount(percent) {
  return (price) => price - (price * percent) / 100;
}

const tenOff = makeDiscount(10);
console.log(tenOff(200));
