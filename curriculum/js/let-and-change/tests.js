test("score ends at 30", () => {
  expect(score).toBe(30);
});
