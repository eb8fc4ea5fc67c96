test("divide(10, 2) is 5", () => {
  expect(divide(10, 2)).toBe(5);
});
test("divide(1, 0) throws 'Cannot divide by zero'", () => {
  expect(() => divide(1, 0)).toThrow("Cannot divide by zero");
});
test("safeDivide(1, 0) gives null instead of an error", () => {
  expect(safeDivide(1, 0)).toBeNull();
});
test("safeDivide(9, 3) is 3", () => {
  expect(safeDivide(9, 3)).toBe(3);
});
