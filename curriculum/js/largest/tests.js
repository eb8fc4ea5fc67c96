test("largest([4, 9, 2]) is 9", () => {
  expect(largest([4, 9, 2])).toBe(9);
});
test("works when the largest is first", () => {
  expect(largest([12, 3, 7])).toBe(12);
});
test("works with negative numbers", () => {
  expect(largest([-5, -2, -9])).toBe(-2);
});
