test("a balance of 50 is ok", () => {
  expect(balanceMessage(50)).toBe("ok");
});
test("a balance of -5 is overdrawn", () => {
  expect(balanceMessage(-5)).toBe("overdrawn");
});
test("a balance of exactly 0 is empty", () => {
  expect(balanceMessage(0)).toBe("empty");
});
test("a balance of 5 is low", () => {
  expect(balanceMessage(5)).toBe("low");
});
test("a balance of 19 is still low", () => {
  expect(balanceMessage(19)).toBe("low");
});
test("a balance of exactly 20 is ok", () => {
  expect(balanceMessage(20)).toBe("ok");
});
