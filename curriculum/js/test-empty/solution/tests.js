test("average([2, 4, 6]) is 4", () => {
  expect(average([2, 4, 6])).toBe(4);
});
test("average([]) is 0: an empty list has an average of 0", () => {
  expect(average([])).toBe(0);
});
test("average([7]) is 7: one number is its own average", () => {
  expect(average([7])).toBe(7);
});
test("average([1, 2]) is 1.5: the answer need not be a whole number", () => {
  expect(average([1, 2])).toBe(1.5);
});
