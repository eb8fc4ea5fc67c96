// lists days 3, 6 and 9 by hand instead of using %, so day 30 is missed
function isEven(n) {
  return n % 2 === 0;
}

function isCleaningDay(day) {
  return day === 3 || day === 6 || day === 9;
}
