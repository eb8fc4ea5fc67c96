test("profitableDays([5, 12, 3]) is 3", () => {
  expect(profitableDays([5, 12, 3])).toBe(3);
});
test("a day of 0 is not counted: profitableDays([0, 6, 0]) is 1", () => {
  expect(profitableDays([0, 6, 0])).toBe(1);
});
test("a day that lost money is not counted: profitableDays([4, -2, 7]) is 2", () => {
  expect(profitableDays([4, -2, 7])).toBe(2);
});
test("profitableDays([-3, -1]) is 0: every day lost money", () => {
  expect(profitableDays([-3, -1])).toBe(0);
});
test("profitableDays([]) is 0: no days at all", () => {
  expect(profitableDays([])).toBe(0);
});
