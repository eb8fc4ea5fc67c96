// uses parseInt, which keeps only the whole part, so a tip of "2.5" becomes 2
function isFree(price) {
  if (price === 0) {
    return true;
  }
  return false;
}

function addTip(bill, tip) {
  return bill + parseInt(tip);
}
