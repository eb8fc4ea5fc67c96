// expects a balance of 0 to be "low", which is against the rules
test("a balance of 50 is ok", () => {
  expect(balanceMessage(50)).toBe("ok");
});
test("a balance of -5 is overdrawn", () => {
  expect(balanceMessage(-5)).toBe("overdrawn");
});
test("a balance of 0 is low", () => {
  expect(balanceMessage(0)).toBe("low");
});
test("a balance of 19 is low", () => {
  expect(balanceMessage(19)).toBe("low");
});
test("a balance of 20 is ok", () => {
  expect(balanceMessage(20)).toBe("ok");
});
