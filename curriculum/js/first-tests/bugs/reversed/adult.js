// says adults are children and children are adults
function isAdult(age) {
  return age < 18;
}
