// tries a day of 0 but never a day that lost money, so counting losses slips through
test("profitableDays([5, 12, 3]) is 3", () => {
  expect(profitableDays([5, 12, 3])).toBe(3);
});
test("profitableDays([0, 6, 0]) is 1", () => {
  expect(profitableDays([0, 6, 0])).toBe(1);
});
test("profitableDays([]) is 0", () => {
  expect(profitableDays([])).toBe(0);
});
