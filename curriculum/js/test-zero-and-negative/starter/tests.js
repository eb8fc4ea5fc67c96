test("profitableDays([5, 12, 3]) is 3", () => {
  expect(profitableDays([5, 12, 3])).toBe(3);
});

// Your tests here: lists with a 0 in them, and lists with negative numbers.
