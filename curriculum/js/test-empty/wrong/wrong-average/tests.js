// expects average([1, 2]) to be 1, which is wrong: the average is 1.5
test("average([2, 4, 6]) is 4", () => {
  expect(average([2, 4, 6])).toBe(4);
});
test("average([]) is 0", () => {
  expect(average([])).toBe(0);
});
test("average([7]) is 7", () => {
  expect(average([7])).toBe(7);
});
test("average([1, 2]) is 1", () => {
  expect(average([1, 2])).toBe(1);
});
