// looks for city on the person instead of inside the address, so it gets undefined
function cityOf(text) {
  const person = JSON.parse(text);
  return person.city;
}

function firstSkill(text) {
  const person = JSON.parse(text);
  return person.skills[0];
}
