test("Ben wins with 7 against Ana's 3 and Cal's 5", () => {
  const players = [
    { name: "Ana", score: 3 },
    { name: "Ben", score: 7 },
    { name: "Cal", score: 5 },
  ];
  expect(topScorer(players)).toBe("Ben");
});

// Your tests here: a tie, a winner first in the list, a winner last, and nobody at all.
