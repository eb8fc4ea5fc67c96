test("sumTo(4) is 10", () => {
  expect(sumTo(4)).toBe(10);
});
test("sumTo(100) is 5050", () => {
  expect(sumTo(100)).toBe(5050);
});
test("sumTo(0) is 0", () => {
  expect(sumTo(0)).toBe(0);
});
