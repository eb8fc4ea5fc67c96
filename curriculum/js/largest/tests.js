test("largest([4, 9, 2]) is 9", () => {
  expect(largest([4, 9, 2])).toBe(9);
});
test("largest([12, 3, 7]) is 12: the largest can come first", () => {
  expect(largest([12, 3, 7])).toBe(12);
});
test("largest([3, 7, 10]) is 10: the largest can come last", () => {
  expect(largest([3, 7, 10])).toBe(10);
});
test("largest([1, 8, 5, 3]) is 8, even though smaller numbers come after it", () => {
  expect(largest([1, 8, 5, 3])).toBe(8);
});
test("largest([-5, -2, -9]) is -2: it works when every number is negative", () => {
  expect(largest([-5, -2, -9])).toBe(-2);
});
test("largest([6]) is 6: one number is the largest of itself", () => {
  expect(largest([6])).toBe(6);
});
test("largest finds the biggest in the middle of a longer list", () => {
  expect(`largest([2, 5, 1, 11, 4, 3]) is ${largest([2, 5, 1, 11, 4, 3])}`).toBe("largest([2, 5, 1, 11, 4, 3]) is 11");
  expect(`largest([1, 3, 20, 4]) is ${largest([1, 3, 20, 4])}`).toBe("largest([1, 3, 20, 4]) is 20");
});
test("largest leaves the list it was given as it was", () => {
  const given = [4, 9, 2];
  largest(given);
  expect(given).toEqual([4, 9, 2]);
});
