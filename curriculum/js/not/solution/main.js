function canBorrow(hasLateBooks, booksOut) {
  return !hasLateBooks && booksOut < 5;
}

function isQuietTime(hour) {
  return !(hour >= 7 && hour < 22);
}

console.log(canBorrow(false, 2), isQuietTime(23));
