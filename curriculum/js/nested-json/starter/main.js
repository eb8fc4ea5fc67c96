function cityOf(text) {
  // Your code here
  return "";
}

function firstSkill(text) {
  // Your code here
  return "";
}

const ana = '{"name":"Ana","address":{"city":"Leeds","zip":"LS1"},"skills":["cooking","welding"]}';
console.log(cityOf(ana));
console.log(firstSkill(ana));
