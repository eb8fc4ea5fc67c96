test("range(1, 4) is [1, 2, 3, 4]", () => {
  expect(range(1, 4)).toEqual([1, 2, 3, 4]);
});

// Your tests here: a range not starting at 1, from and to the same, and to smaller than from.
