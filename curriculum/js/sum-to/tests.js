test("sumTo(4) is 10 (1 + 2 + 3 + 4)", () => {
  expect(sumTo(4)).toBe(10);
});
test("sumTo(1) is 1", () => {
  expect(sumTo(1)).toBe(1);
});
test("sumTo(100) is 5050", () => {
  expect(sumTo(100)).toBe(5050);
});
test("sumTo(0) is 0", () => {
  expect(sumTo(0)).toBe(0);
});
