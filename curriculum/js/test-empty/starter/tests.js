test("average([2, 4, 6]) is 4", () => {
  expect(average([2, 4, 6])).toBe(4);
});

// Your tests here: the empty list, a list of one number, and an average that is not whole.
