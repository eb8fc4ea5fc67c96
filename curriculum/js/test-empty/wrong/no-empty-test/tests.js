// never tries the empty list, so the bugs with [] slip through
test("average([2, 4, 6]) is 4", () => {
  expect(average([2, 4, 6])).toBe(4);
});
test("average([7]) is 7", () => {
  expect(average([7])).toBe(7);
});
test("average([1, 2]) is 1.5", () => {
  expect(average([1, 2])).toBe(1.5);
});
