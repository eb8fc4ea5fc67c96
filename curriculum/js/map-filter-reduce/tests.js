test("doubleAll([1, 2, 3]) is [2, 4, 6]", () => {
  expect(doubleAll([1, 2, 3])).toEqual([2, 4, 6]);
});
test("onlyEven([1, 2, 3, 4]) is [2, 4]", () => {
  expect(onlyEven([1, 2, 3, 4])).toEqual([2, 4]);
});
test("total([5, 10, 20]) is 35", () => {
  expect(total([5, 10, 20])).toBe(35);
});
test("total([]) is 0", () => {
  expect(total([])).toBe(0);
});
