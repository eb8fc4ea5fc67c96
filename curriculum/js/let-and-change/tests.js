test("score ends at 30", () => {
  expect(score).toBe(30);
});
test("maxScore is 100", () => {
  expect(maxScore).toBe(100);
});
test("pointsLeft is 70 (100 minus 30)", () => {
  expect(pointsLeft).toBe(70);
});
