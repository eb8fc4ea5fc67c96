test("range(1, 4) is [1, 2, 3, 4]", () => {
  expect(range(1, 4)).toEqual([1, 2, 3, 4]);
});
test("range(3, 6) is [3, 4, 5, 6]: it starts at from", () => {
  expect(range(3, 6)).toEqual([3, 4, 5, 6]);
});
test("range(4, 4) is [4]: from and to the same", () => {
  expect(range(4, 4)).toEqual([4]);
});
test("range(5, 2) throws an error: to is smaller than from", () => {
  expect(() => range(5, 2)).toThrow();
});
