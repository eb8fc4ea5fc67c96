test("Ben wins with 7 against Ana's 3 and Cal's 5", () => {
  const players = [
    { name: "Ana", score: 3 },
    { name: "Ben", score: 7 },
    { name: "Cal", score: 5 },
  ];
  expect(topScorer(players)).toBe("Ben");
});
test("on a tie the first player wins: Ana and Ben both on 7 gives Ana", () => {
  const players = [
    { name: "Ana", score: 7 },
    { name: "Ben", score: 7 },
  ];
  expect(topScorer(players)).toBe("Ana");
});
test("the winner can be first in the list: Dee with 9", () => {
  const players = [
    { name: "Dee", score: 9 },
    { name: "Eve", score: 4 },
    { name: "Fay", score: 6 },
  ];
  expect(topScorer(players)).toBe("Dee");
});
test("the winner can be last in the list: Cal with 8", () => {
  const players = [
    { name: "Ana", score: 2 },
    { name: "Ben", score: 3 },
    { name: "Cal", score: 8 },
  ];
  expect(topScorer(players)).toBe("Cal");
});
test("an empty list gives null: nobody played", () => {
  expect(topScorer([])).toBe(null);
});
