// gives "Leeds" whoever the person is
function shout(text) {
  return text.toUpperCase() + "!";
}

function cityOf(person) {
  return "Leeds";
}
