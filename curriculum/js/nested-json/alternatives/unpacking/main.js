// unpacks the parsed object, and the skills array, in one line each
function cityOf(text) {
  const { address } = JSON.parse(text);
  return address.city;
}

function firstSkill(text) {
  const [first] = JSON.parse(text).skills;
  return first;
}
