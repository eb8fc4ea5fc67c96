test("score ends at 30: 0, then 10, then 15, then doubled", () => {
  expect(score).toBe(30);
});
test("maxScore is 100", () => {
  expect(maxScore).toBe(100);
});
test("pointsLeft is 70 (100 minus 30)", () => {
  expect(pointsLeft).toBe(70);
});
test("maxScore is made with const, so it can never be changed", () => {
  const before = maxScore;
  let madeWith = "const";
  try {
    maxScore = before;
    madeWith = "let (a let can be changed; a const cannot)";
  } catch (error) {
    // Changing a const is an error: that is what we hope for.
  }
  expect(madeWith).toBe("const");
});
