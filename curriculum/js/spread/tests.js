test("combine(['Ana', 'Ben'], ['Cal']) is ['Ana', 'Ben', 'Cal']", () => {
  expect(combine(["Ana", "Ben"], ["Cal"])).toEqual(["Ana", "Ben", "Cal"]);
});
test("combine([1, 2], [3, 4, 5]) is [1, 2, 3, 4, 5]", () => {
  expect(combine([1, 2], [3, 4, 5])).toEqual([1, 2, 3, 4, 5]);
});
test("combine([], ['x']) is ['x']", () => {
  expect(combine([], ["x"])).toEqual(["x"]);
});
test("combine([], []) is []", () => {
  expect(combine([], [])).toEqual([]);
});
test("combine leaves the first list as it was", () => {
  const first = [1, 2];
  combine(first, [3]);
  expect(first).toEqual([1, 2]);
});
test("combine leaves the second list as it was", () => {
  const second = [3, 4];
  combine([1, 2], second);
  expect(second).toEqual([3, 4]);
});
test("combine always gives a new array, even when the second list is empty", () => {
  const first = [1, 2];
  const combined = combine(first, []);
  expect(combined).toEqual([1, 2]);
  const what = combined === first ? "the first list itself" : "a new array";
  expect(`combine gave back ${what}`).toBe("combine gave back a new array");
});
test("withPrice({ name: 'tea' }, 2) is { name: 'tea', price: 2 }", () => {
  expect(withPrice({ name: "tea" }, 2)).toEqual({ name: "tea", price: 2 });
});
test("withPrice keeps every property: { name: 'rice', kilos: 5 } with 12", () => {
  expect(withPrice({ name: "rice", kilos: 5 }, 12)).toEqual({ name: "rice", kilos: 5, price: 12 });
});
test("withPrice replaces an old price: soap at 3 becomes soap at 4", () => {
  expect(withPrice({ name: "soap", price: 3 }, 4)).toEqual({ name: "soap", price: 4 });
});
test("withPrice leaves the original item unchanged", () => {
  const item = { name: "tea" };
  withPrice(item, 2);
  expect(item).toEqual({ name: "tea" });
});
