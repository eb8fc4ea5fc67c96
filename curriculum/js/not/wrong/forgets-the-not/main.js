// forgets the !, so only people WITH late books may borrow
function canBorrow(hasLateBooks, booksOut) {
  return hasLateBooks && booksOut < 5;
}

function isQuietTime(hour) {
  return !(hour >= 7 && hour < 22);
}
