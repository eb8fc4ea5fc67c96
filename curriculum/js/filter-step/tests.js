test("atLeastTen([4, 10, 25, 9]) is [10, 25]", () => {
  expect(atLeastTen([4, 10, 25, 9])).toEqual([10, 25]);
});
test("atLeastTen([10]) is [10]: exactly 10 is kept", () => {
  expect(atLeastTen([10])).toEqual([10]);
});
test("atLeastTen([9, 11]) is [11]: 9 is just too small", () => {
  expect(atLeastTen([9, 11])).toEqual([11]);
});
test("atLeastTen([1, 2, -30]) is []: no number is big enough", () => {
  expect(atLeastTen([1, 2, -30])).toEqual([]);
});
test("atLeastTen([]) is []: an empty array stays empty", () => {
  expect(atLeastTen([])).toEqual([]);
});
test("atLeastTen([50, 3, 12, 0, 100]) is [50, 12, 100]: the kept numbers stay in their order", () => {
  expect(atLeastTen([50, 3, 12, 0, 100])).toEqual([50, 12, 100]);
});
test("atLeastTen leaves the array it was given as it was", () => {
  const given = [4, 10, 25, 9];
  atLeastTen(given);
  expect(given).toEqual([4, 10, 25, 9]);
});
test("atLeastTen works for other lists too", () => {
  expect(atLeastTen([33, 7, 10, 8])).toEqual([33, 10]);
  expect(atLeastTen([15, 16, 17])).toEqual([15, 16, 17]);
});
