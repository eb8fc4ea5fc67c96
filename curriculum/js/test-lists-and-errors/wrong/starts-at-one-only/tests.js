// uses only ranges that start at 1, so a version that always starts at 1 slips through
test("range(1, 4) is [1, 2, 3, 4]", () => {
  expect(range(1, 4)).toEqual([1, 2, 3, 4]);
});
test("range(1, 1) is [1]", () => {
  expect(range(1, 1)).toEqual([1]);
});
test("range(5, 2) throws an error", () => {
  expect(() => range(5, 2)).toThrow();
});
