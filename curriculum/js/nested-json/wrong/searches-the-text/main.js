// searches the text for "city":" and "skills":[" instead of parsing it, so spaces or another city earlier in the text fool it
function cityOf(text) {
  const found = text.match(/"city":"([^"]*)"/);
  return found[1];
}

function firstSkill(text) {
  const found = text.match(/"skills":\["([^"]*)"/);
  return found[1];
}

const ana = '{"name":"Ana","address":{"city":"Leeds","zip":"LS1"},"skills":["cooking","welding"]}';
console.log(cityOf(ana));
console.log(firstSkill(ana));
