// uses hour <= 22 for the noisy hours, so 22 is not quiet time
function canBorrow(hasLateBooks, booksOut) {
  return !hasLateBooks && booksOut < 5;
}

function isQuietTime(hour) {
  return !(hour >= 7 && hour <= 22);
}
