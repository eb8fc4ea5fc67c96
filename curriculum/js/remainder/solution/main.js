function isEven(n) {
  return n % 2 === 0;
}

function isCleaningDay(day) {
  return day % 3 === 0;
}

console.log(isEven(10), isCleaningDay(6));
