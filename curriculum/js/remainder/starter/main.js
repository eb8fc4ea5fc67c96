function isEven(n) {
  // Your code here
  return false;
}

function isCleaningDay(day) {
  // Your code here
  return false;
}

console.log(isEven(10), isCleaningDay(6));
