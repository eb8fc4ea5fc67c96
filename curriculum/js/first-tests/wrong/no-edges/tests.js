// tests a child and an adult but not the ages 17 and 18, so the mistakes at the edge slip through
test("isAdult(30) is true", () => {
  expect(isAdult(30)).toBe(true);
});
test("isAdult(8) is false", () => {
  expect(isAdult(8)).toBe(false);
});
