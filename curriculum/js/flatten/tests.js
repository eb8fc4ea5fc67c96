test("flatten([1, 2, 3]) is [1, 2, 3]: a flat list stays the same", () => {
  expect(flatten([1, 2, 3])).toEqual([1, 2, 3]);
});
test("flatten([1, [2, [3, 4]], 5]) is [1, 2, 3, 4, 5]", () => {
  expect(flatten([1, [2, [3, 4]], 5])).toEqual([1, 2, 3, 4, 5]);
});
test("flatten([[['deep']]]) is ['deep']", () => {
  expect(flatten([[["deep"]]])).toEqual(["deep"]);
});
test("flatten([['a', 'b'], [], ['c']]) is ['a', 'b', 'c']", () => {
  expect(flatten([["a", "b"], [], ["c"]])).toEqual(["a", "b", "c"]);
});
test("flatten keeps the order: [[3], 1, [[2]]] is [3, 1, 2]", () => {
  expect(flatten([[3], 1, [[2]]])).toEqual([3, 1, 2]);
});
test("flatten([]) is []", () => {
  expect(flatten([])).toEqual([]);
});
