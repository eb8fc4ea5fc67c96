const anaText = '{"name":"Ana","address":{"city":"Leeds","zip":"LS1"},"skills":["cooking","welding"]}';
const tomText = '{"name":"Tom","skills":["plumbing"],"address":{"street":"1 Hill Road","city":"Cardiff"}}';
const rosaText = '{"name":"Rosa","address":{"city":"Glasgow"},"skills":["typing","driving","first aid"]}';

test("cityOf Ana's text is 'Leeds'", () => {
  expect(cityOf(anaText)).toBe("Leeds");
});
test("cityOf Tom's text is 'Cardiff'", () => {
  expect(cityOf(tomText)).toBe("Cardiff");
});
test("cityOf Rosa's text is 'Glasgow'", () => {
  expect(cityOf(rosaText)).toBe("Glasgow");
});
test("firstSkill of Ana's text is 'cooking'", () => {
  expect(firstSkill(anaText)).toBe("cooking");
});
test("firstSkill of Tom's text is 'plumbing', his only skill", () => {
  expect(firstSkill(tomText)).toBe("plumbing");
});
test("firstSkill of Rosa's text is 'typing'", () => {
  expect(firstSkill(rosaText)).toBe("typing");
});
test("cityOf gives the city in the address, not the city of the job: Kim lives in Bath", () => {
  const kimText = '{"name":"Kim","job":{"city":"York"},"address":{"city":"Bath"},"skills":["sewing"]}';
  expect(cityOf(kimText)).toBe("Bath");
});
test("both functions read JSON written with spaces and on several lines", () => {
  const leeText = `{
  "name": "Lee",
  "skills": [ "painting", "baking" ],
  "address": { "city": "Derby" }
}`;
  expect(cityOf(leeText)).toBe("Derby");
  expect(firstSkill(leeText)).toBe("painting");
});
