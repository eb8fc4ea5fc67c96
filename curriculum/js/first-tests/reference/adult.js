// the correct rule: 18 or older is an adult
function isAdult(age) {
  return age >= 18;
}
