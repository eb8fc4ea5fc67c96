// uses / (divide) instead of % (remainder)
function isEven(n) {
  return n / 2 === 0;
}

function isCleaningDay(day) {
  return day / 3 === 0;
}
