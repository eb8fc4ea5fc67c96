test("isAdult(30) is true", () => {
  expect(isAdult(30)).toBe(true);
});
test("isAdult(8) is false: a child is not an adult", () => {
  expect(isAdult(8)).toBe(false);
});
test("isAdult(18) is true: 18 is old enough", () => {
  expect(isAdult(18)).toBe(true);
});
test("isAdult(17) is false: 17 is not old enough yet", () => {
  expect(isAdult(17)).toBe(false);
});
