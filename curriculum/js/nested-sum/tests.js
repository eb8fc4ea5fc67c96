test("sumNested([1, 2, 3]) is 6: a list with no inner lists", () => {
  expect(sumNested([1, 2, 3])).toBe(6);
});
test("sumNested([1, [2, 3], [4, [5]]]) is 15", () => {
  expect(sumNested([1, [2, 3], [4, [5]]])).toBe(15);
});
test("sumNested([[[[10]]], 2]) is 12: lists can go deep", () => {
  expect(sumNested([[[[10]]], 2])).toBe(12);
});
test("sumNested([6, [1, [2, [3]]]]) is 12", () => {
  expect(sumNested([6, [1, [2, [3]]]])).toBe(12);
});
test("sumNested([-2, [7, -1]]) is 4: negative numbers count too", () => {
  expect(sumNested([-2, [7, -1]])).toBe(4);
});
test("sumNested([[], [4], []]) is 4: empty inner lists add nothing", () => {
  expect(sumNested([[], [4], []])).toBe(4);
});
test("sumNested([]) is 0", () => {
  expect(sumNested([])).toBe(0);
});
