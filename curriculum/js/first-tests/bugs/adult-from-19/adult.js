// treats people of exactly 18 as children
function isAdult(age) {
  return age > 18;
}
