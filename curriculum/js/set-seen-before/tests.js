test("firstRepeat(['b', 'a', 'c', 'a', 'b']) is 'a': a comes back before b does", () => {
  expect(firstRepeat(["b", "a", "c", "a", "b"])).toBe("a");
});
test("firstRepeat([4, 8, 4]) is 4", () => {
  expect(firstRepeat([4, 8, 4])).toBe(4);
});
test("firstRepeat([1, 2, 3, 2, 1]) is 2", () => {
  expect(firstRepeat([1, 2, 3, 2, 1])).toBe(2);
});
test("firstRepeat([5, 5]) is 5: a repeat can come straight after", () => {
  expect(firstRepeat([5, 5])).toBe(5);
});
test("firstRepeat(['x', 'y', 'z']) is null: nothing repeats", () => {
  expect(firstRepeat(["x", "y", "z"])).toBe(null);
});
test("firstRepeat([]) is null", () => {
  expect(firstRepeat([])).toBe(null);
});
