function canBorrow(hasLateBooks, booksOut) {
  // Your code here
  return false;
}

function isQuietTime(hour) {
  // Your code here
  return false;
}

console.log(canBorrow(false, 2), isQuietTime(23));
