// calls range(5, 2) directly inside expect, so its error stops the test before toThrow can see it
test("range(1, 4) is [1, 2, 3, 4]", () => {
  expect(range(1, 4)).toEqual([1, 2, 3, 4]);
});
test("range(3, 6) is [3, 4, 5, 6]", () => {
  expect(range(3, 6)).toEqual([3, 4, 5, 6]);
});
test("range(4, 4) is [4]", () => {
  expect(range(4, 4)).toEqual([4]);
});
test("range(5, 2) throws an error", () => {
  expect(range(5, 2)).toThrow();
});
