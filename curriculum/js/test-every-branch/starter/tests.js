test("a balance of 50 is ok", () => {
  expect(balanceMessage(50)).toBe("ok");
});

// Your tests here: one for "overdrawn", "empty" and "low", then the borders.
