// turns the result into a number after joining, so "20" and "5" still make 205
function isFree(price) {
  if (price === 0) {
    return true;
  }
  return false;
}

function addTip(bill, tip) {
  return Number(bill + tip);
}
