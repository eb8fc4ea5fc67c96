function isFree(price) {
  if (price = 0) {
    return true;
  }
  return false;
}

function addTip(bill, tip) {
  // tip comes from a form, so it is text, such as "5"
  return bill + tip;
}

console.log(isFree(0), addTip(20, "5"));
