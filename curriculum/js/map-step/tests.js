test("addTen([1, 5, 20]) is [11, 15, 30]", () => {
  expect(addTen([1, 5, 20])).toEqual([11, 15, 30]);
});
test("addTen([4]) is [14]: one number gives one number", () => {
  expect(addTen([4])).toEqual([14]);
});
test("addTen([0, -10, -25]) is [10, 0, -15]: it works with zero and negative numbers", () => {
  expect(addTen([0, -10, -25])).toEqual([10, 0, -15]);
});
test("addTen([]) is []: an empty array stays empty", () => {
  expect(addTen([])).toEqual([]);
});
test("addTen gives back one number for every number it was given", () => {
  expect(addTen([2, 2, 2, 2, 2])).toEqual([12, 12, 12, 12, 12]);
});
test("addTen leaves the array it was given as it was", () => {
  const given = [1, 5, 20];
  addTen(given);
  expect(given).toEqual([1, 5, 20]);
});
test("addTen works for other lists too", () => {
  expect(addTen([7, 100, 3])).toEqual([17, 110, 13]);
  expect(addTen([90, 8])).toEqual([100, 18]);
});
