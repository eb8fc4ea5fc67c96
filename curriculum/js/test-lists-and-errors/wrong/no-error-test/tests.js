// never tries to smaller than from, so a version that gives an empty list instead of an error slips through
test("range(1, 4) is [1, 2, 3, 4]", () => {
  expect(range(1, 4)).toEqual([1, 2, 3, 4]);
});
test("range(3, 6) is [3, 4, 5, 6]", () => {
  expect(range(3, 6)).toEqual([3, 4, 5, 6]);
});
test("range(4, 4) is [4]", () => {
  expect(range(4, 4)).toEqual([4]);
});
