// reaches into the text without parsing it first, so it stops with a TypeError
function cityOf(text) {
  return text.address.city;
}

function firstSkill(text) {
  return text.skills[0];
}
