// reads the city with ?. (optional chaining) and unpacks the first skill straight out of the parsed object
const cityOf = (text) => JSON.parse(text)?.address?.city;

function firstSkill(text) {
  const { skills: [first] } = JSON.parse(text);
  return first;
}

const ana = '{"name":"Ana","address":{"city":"Leeds","zip":"LS1"},"skills":["cooking","welding"]}';
console.log(cityOf(ana));
console.log(firstSkill(ana));
