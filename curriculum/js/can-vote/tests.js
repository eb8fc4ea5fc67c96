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
test("canVote(19) is true", () => {
  expect(canVote(19)).toBe(true);
});
test("canVote is right for every age from 0 to 120", () => {
  for (let age = 0; age <= 120; age = age + 1) {
    expect(`canVote(${age}) is ${canVote(age)}`).toBe(`canVote(${age}) is ${age >= 18}`);
  }
});
