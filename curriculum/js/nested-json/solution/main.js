function cityOf(text) {
  const person = JSON.parse(text);
  return person.address.city;
}

function firstSkill(text) {
  const person = JSON.parse(text);
  return person.skills[0];
}

const ana = '{"name":"Ana","address":{"city":"Leeds","zip":"LS1"},"skills":["cooking","welding"]}';
console.log(cityOf(ana));
console.log(firstSkill(ana));
