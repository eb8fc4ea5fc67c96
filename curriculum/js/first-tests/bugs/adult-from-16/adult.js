// treats 16 and 17 year olds as adults too
function isAdult(age) {
  return age >= 16;
}
