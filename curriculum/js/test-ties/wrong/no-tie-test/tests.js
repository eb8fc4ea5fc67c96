// never gives two players the same score, so the tie rule is never checked
test("Ben wins with 7 against Ana's 3 and Cal's 5", () => {
  expect(topScorer([{ name: "Ana", score: 3 }, { name: "Ben", score: 7 }, { name: "Cal", score: 5 }])).toBe("Ben");
});
test("Dee wins when she is first", () => {
  expect(topScorer([{ name: "Dee", score: 9 }, { name: "Eve", score: 4 }, { name: "Fay", score: 6 }])).toBe("Dee");
});
test("Cal wins when he is last", () => {
  expect(topScorer([{ name: "Ana", score: 2 }, { name: "Ben", score: 3 }, { name: "Cal", score: 8 }])).toBe("Cal");
});
test("an empty list gives null", () => {
  expect(topScorer([])).toBe(null);
});
