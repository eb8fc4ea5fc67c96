// lists the even numbers and cleaning days named in the tests instead of using %
function isEven(n) {
  return n === 10 || n === 0 || n === -4;
}

function isCleaningDay(day) {
  return day === 3 || day === 6 || day === 30;
}

console.log(isEven(10), isCleaningDay(6));
