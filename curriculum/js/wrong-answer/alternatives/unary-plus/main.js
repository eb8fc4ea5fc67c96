// turns the tip into a number with a + in front of it, and returns the comparison itself
const isFree = (price) => price === 0;

const addTip = (bill, tip) => bill + +tip;

console.log(isFree(0), addTip(20, "5"));
