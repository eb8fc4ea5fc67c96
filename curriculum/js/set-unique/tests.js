test("countDifferent(['Ana', 'Ben', 'Ana', 'Cal', 'Ben']) is 3", () => {
  expect(countDifferent(["Ana", "Ben", "Ana", "Cal", "Ben"])).toBe(3);
});
test("countDifferent([7, 7, 7]) is 1", () => {
  expect(countDifferent([7, 7, 7])).toBe(1);
});
test("countDifferent([1, '1']) is 2: a number and a text are different values", () => {
  expect(countDifferent([1, "1"])).toBe(2);
});
test("countDifferent([]) is 0", () => {
  expect(countDifferent([])).toBe(0);
});
test("unique(['tea', 'milk', 'tea']) is ['tea', 'milk']", () => {
  expect(unique(["tea", "milk", "tea"])).toEqual(["tea", "milk"]);
});
test("unique([3, 1, 3, 2, 1]) is [3, 1, 2]: the order in which they first appear", () => {
  expect(unique([3, 1, 3, 2, 1])).toEqual([3, 1, 2]);
});
test("unique(['b', 'a']) is ['b', 'a']: a list with no repeats stays the same", () => {
  expect(unique(["b", "a"])).toEqual(["b", "a"]);
});
test("unique([]) is []", () => {
  expect(unique([])).toEqual([]);
});
