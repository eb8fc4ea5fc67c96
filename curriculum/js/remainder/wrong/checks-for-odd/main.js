// says "even unless the remainder is 1", which is wrong for negative odd numbers (-3 % 2 is -1)
function isEven(n) {
  return !(n % 2 === 1);
}

function isCleaningDay(day) {
  return day % 3 === 0;
}
