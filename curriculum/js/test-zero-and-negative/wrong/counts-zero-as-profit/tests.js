// expects a day of 0 to count as a day that made money, which is wrong
test("profitableDays([5, 12, 3]) is 3", () => {
  expect(profitableDays([5, 12, 3])).toBe(3);
});
test("profitableDays([0, 6]) is 2", () => {
  expect(profitableDays([0, 6])).toBe(2);
});
test("profitableDays([4, -2, 7]) is 2", () => {
  expect(profitableDays([4, -2, 7])).toBe(2);
});
