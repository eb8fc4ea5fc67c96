test("makeMultiplier(3) gives back a function", () => {
  expect(typeof makeMultiplier(3)).toBe("function");
});
test("makeMultiplier(3) makes a function that turns 4 into 12", () => {
  const triple = makeMultiplier(3);
  expect(triple(4)).toBe(12);
});
test("the same function can be used again: triple(10) is 30", () => {
  const triple = makeMultiplier(3);
  triple(4);
  expect(triple(10)).toBe(30);
});
test("makeMultiplier(2) makes a function that turns 7 into 14", () => {
  expect(makeMultiplier(2)(7)).toBe(14);
});
test("makeMultiplier(5) turns 0 into 0", () => {
  expect(makeMultiplier(5)(0)).toBe(0);
});
test("makeMultiplier(-1) turns 8 into -8", () => {
  expect(makeMultiplier(-1)(8)).toBe(-8);
});
test("two multipliers each remember their own factor", () => {
  const double = makeMultiplier(2);
  const tenTimes = makeMultiplier(10);
  expect(double(6)).toBe(12);
  expect(tenTimes(6)).toBe(60);
});
