test("doubleAll([1, 2, 3]) is [2, 4, 6]", () => {
  expect(doubleAll([1, 2, 3])).toEqual([2, 4, 6]);
});
test("doubleAll([5, -4, 10]) is [10, -8, 20]", () => {
  expect(doubleAll([5, -4, 10])).toEqual([10, -8, 20]);
});
test("doubleAll([]) is []: an empty array stays empty", () => {
  expect(doubleAll([])).toEqual([]);
});
test("doubleAll leaves the array it was given as it was", () => {
  const given = [1, 2, 3];
  doubleAll(given);
  expect(given).toEqual([1, 2, 3]);
});
test("onlyEven([1, 2, 3, 4]) is [2, 4]", () => {
  expect(onlyEven([1, 2, 3, 4])).toEqual([2, 4]);
});
test("onlyEven([10, 15, 22, 7, 0]) is [10, 22, 0]: 0 is even too", () => {
  expect(onlyEven([10, 15, 22, 7, 0])).toEqual([10, 22, 0]);
});
test("onlyEven([-3, -2, 5]) is [-2]: it works with negative numbers", () => {
  expect(onlyEven([-3, -2, 5])).toEqual([-2]);
});
test("onlyEven([1, 3, 5]) is []: no number is even", () => {
  expect(onlyEven([1, 3, 5])).toEqual([]);
});
test("onlyEven leaves the array it was given as it was", () => {
  const given = [1, 2, 3, 4];
  onlyEven(given);
  expect(given).toEqual([1, 2, 3, 4]);
});
test("total([5, 10, 20]) is 35", () => {
  expect(total([5, 10, 20])).toBe(35);
});
test("total([7]) is 7", () => {
  expect(total([7])).toBe(7);
});
test("total([4, -6, 1]) is -1", () => {
  expect(total([4, -6, 1])).toBe(-1);
});
test("total([]) is 0: reduce starts from the 0 you give it", () => {
  expect(total([])).toBe(0);
});
test("doubleAll, onlyEven and total work for other lists too", () => {
  expect(doubleAll([7, 0, 11])).toEqual([14, 0, 22]);
  expect(onlyEven([6, 9, 8, 3])).toEqual([6, 8]);
  expect(`total([2, 3, 9, 1]) is ${total([2, 3, 9, 1])}`).toBe("total([2, 3, 9, 1]) is 15");
});
