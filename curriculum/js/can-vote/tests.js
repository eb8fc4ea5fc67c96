test("canVote(18) is true: 18 is old enough", () => {
  expect(canVote(18)).toBe(true);
});
test("canVote(40) is true", () => {
  expect(canVote(40)).toBe(true);
});
test("canVote(17) is false", () => {
  expect(canVote(17)).toBe(false);
});
test("canVote(5) is false", () => {
  expect(canVote(5)).toBe(false);
});
