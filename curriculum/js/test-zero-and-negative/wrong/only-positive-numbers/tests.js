// uses only lists of positive numbers, so zero and losses are never tried
test("profitableDays([5, 12, 3]) is 3", () => {
  expect(profitableDays([5, 12, 3])).toBe(3);
});
test("profitableDays([8]) is 1", () => {
  expect(profitableDays([8])).toBe(1);
});
test("profitableDays([2, 9]) is 2", () => {
  expect(profitableDays([2, 9])).toBe(2);
});
