// compares lists with toBe, which fails even on correct code because two lists are never the very same list
test("range(1, 4) is [1, 2, 3, 4]", () => {
  expect(range(1, 4)).toBe([1, 2, 3, 4]);
});
test("range(3, 6) is [3, 4, 5, 6]", () => {
  expect(range(3, 6)).toBe([3, 4, 5, 6]);
});
test("range(4, 4) is [4]", () => {
  expect(range(4, 4)).toBe([4]);
});
test("range(5, 2) throws an error", () => {
  expect(() => range(5, 2)).toThrow();
});
