test("firstThree([1, 2, 3, 4, 5]) is [1, 2, 3]", () => {
  expect(firstThree([1, 2, 3, 4, 5])).toEqual([1, 2, 3]);
});
test("firstThree leaves the original list with all five items", () => {
  const list = [1, 2, 3, 4, 5];
  firstThree(list);
  expect(list).toEqual([1, 2, 3, 4, 5]);
});
test("firstThree(['x', 'y', 'z']) is ['x', 'y', 'z']", () => {
  expect(firstThree(["x", "y", "z"])).toEqual(["x", "y", "z"]);
});
test("firstThree(['a', 'b']) is ['a', 'b']: a short list gives what there is", () => {
  expect(firstThree(["a", "b"])).toEqual(["a", "b"]);
});
test("firstThree gives a new array, not the list itself", () => {
  const list = ["a", "b"];
  expect(firstThree(list)).not.toBe(list);
});
test("removeAt(['a', 'b', 'c'], 1) gives back 'b'", () => {
  expect(removeAt(["a", "b", "c"], 1)).toBe("b");
});
test("after removeAt(list, 1), ['a', 'b', 'c'] has become ['a', 'c']", () => {
  const list = ["a", "b", "c"];
  removeAt(list, 1);
  expect(list).toEqual(["a", "c"]);
});
test("removeAt(list, 0) takes out the first item, 10, from [10, 20, 30]", () => {
  const list = [10, 20, 30];
  expect(removeAt(list, 0)).toBe(10);
  expect(list).toEqual([20, 30]);
});
test("removeAt(list, 2) takes out the last item, 30, from [10, 20, 30]", () => {
  const list = [10, 20, 30];
  expect(removeAt(list, 2)).toBe(30);
  expect(list).toEqual([10, 20]);
});
test("removeAt(list, 2) on ['a', 'b', 'a'] removes the second 'a', the one at index 2", () => {
  const list = ["a", "b", "a"];
  expect(removeAt(list, 2)).toBe("a");
  expect(list).toEqual(["a", "b"]);
});
