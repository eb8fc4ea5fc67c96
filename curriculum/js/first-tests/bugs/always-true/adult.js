// says everyone is an adult, whatever their age
function isAdult(age) {
  return true;
}
