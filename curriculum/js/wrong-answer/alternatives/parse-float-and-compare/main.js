// returns the comparison itself, and uses parseFloat to read the tip
function isFree(price) {
  return price === 0;
}

function addTip(bill, tip) {
  return bill + parseFloat(tip);
}
