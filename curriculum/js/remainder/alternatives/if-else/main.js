// uses if and else around the remainder checks
function isEven(n) {
  if (n % 2 === 0) {
    return true;
  } else {
    return false;
  }
}

function isCleaningDay(day) {
  if (day % 3 === 0) {
    return true;
  }
  return false;
}
