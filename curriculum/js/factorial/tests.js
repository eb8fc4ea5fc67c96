test("factorial(4) is 24 (4 × 3 × 2 × 1)", () => {
  expect(factorial(4)).toBe(24);
});
test("factorial(1) is 1", () => {
  expect(factorial(1)).toBe(1);
});
test("factorial(2) is 2", () => {
  expect(factorial(2)).toBe(2);
});
test("factorial(5) is 120", () => {
  expect(factorial(5)).toBe(120);
});
test("factorial(10) is 3628800", () => {
  expect(factorial(10)).toBe(3628800);
});
test("factorial(0) is 1: there is one way to line up nobody", () => {
  expect(factorial(0)).toBe(1);
});
