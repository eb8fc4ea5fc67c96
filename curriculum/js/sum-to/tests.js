test("sumTo(4) is 10 (1 + 2 + 3 + 4)", () => {
  expect(sumTo(4)).toBe(10);
});
test("sumTo(1) is 1", () => {
  expect(sumTo(1)).toBe(1);
});
test("sumTo(5) is 15", () => {
  expect(sumTo(5)).toBe(15);
});
test("sumTo(100) is 5050", () => {
  expect(sumTo(100)).toBe(5050);
});
test("sumTo(0) is 0", () => {
  expect(sumTo(0)).toBe(0);
});
test("sumTo works for other numbers too", () => {
  expect(`sumTo(7) is ${sumTo(7)}`).toBe("sumTo(7) is 28");
  expect(`sumTo(10) is ${sumTo(10)}`).toBe("sumTo(10) is 55");
  expect(`sumTo(60) is ${sumTo(60)}`).toBe("sumTo(60) is 1830");
});
