// compares with false instead of using !, and writes quiet time as "before 7 or from 22"
function canBorrow(hasLateBooks, booksOut) {
  return hasLateBooks === false && booksOut < 5;
}

function isQuietTime(hour) {
  return hour < 7 || hour >= 22;
}
