// uses <= 5, so someone who already has 5 books out may borrow a sixth
function canBorrow(hasLateBooks, booksOut) {
  return !hasLateBooks && booksOut <= 5;
}

function isQuietTime(hour) {
  return !(hour >= 7 && hour < 22);
}
