// tests one balance for each answer but not 19 and 20, where low turns into ok
test("a balance of 50 is ok", () => {
  expect(balanceMessage(50)).toBe("ok");
});
test("a balance of -5 is overdrawn", () => {
  expect(balanceMessage(-5)).toBe("overdrawn");
});
test("a balance of 0 is empty", () => {
  expect(balanceMessage(0)).toBe("empty");
});
test("a balance of 5 is low", () => {
  expect(balanceMessage(5)).toBe("low");
});
