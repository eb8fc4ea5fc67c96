// never tries a balance below 0, so the overdrawn branch is never reached
test("a balance of 50 is ok", () => {
  expect(balanceMessage(50)).toBe("ok");
});
test("a balance of 0 is empty", () => {
  expect(balanceMessage(0)).toBe("empty");
});
test("a balance of 19 is low", () => {
  expect(balanceMessage(19)).toBe("low");
});
test("a balance of 20 is ok", () => {
  expect(balanceMessage(20)).toBe("ok");
});
