// leaves out the brackets, so ! flips only hour >= 7 and not the whole check
function canBorrow(hasLateBooks, booksOut) {
  return !hasLateBooks && booksOut < 5;
}

function isQuietTime(hour) {
  return !hour >= 7 && hour < 22;
}
