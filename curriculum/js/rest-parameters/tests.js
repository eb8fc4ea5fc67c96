test("sumAll(2, 3, 5) is 10", () => {
  expect(sumAll(2, 3, 5)).toBe(10);
});
test("sumAll(4) is 4: a single input", () => {
  expect(sumAll(4)).toBe(4);
});
test("sumAll(1, 2, 3, 4, 5, 6) is 21", () => {
  expect(sumAll(1, 2, 3, 4, 5, 6)).toBe(21);
});
test("sumAll(1.5, -1) is 0.5", () => {
  expect(sumAll(1.5, -1)).toBe(0.5);
});
test("sumAll adds up however many inputs it gets: eight 1s make 8", () => {
  expect(sumAll(1, 1, 1, 1, 1, 1, 1, 1)).toBe(8);
});
test("sumAll() with no inputs is 0", () => {
  expect(sumAll()).toBe(0);
});
test("scoreCard('Ana', 7, 9, 11) is { name: 'Ana', total: 27, rounds: 3 }", () => {
  expect(scoreCard("Ana", 7, 9, 11)).toEqual({ name: "Ana", total: 27, rounds: 3 });
});
test("scoreCard('Ben', 10) is { name: 'Ben', total: 10, rounds: 1 }", () => {
  expect(scoreCard("Ben", 10)).toEqual({ name: "Ben", total: 10, rounds: 1 });
});
test("scoreCard('Cal') with no scores is { name: 'Cal', total: 0, rounds: 0 }", () => {
  expect(scoreCard("Cal")).toEqual({ name: "Cal", total: 0, rounds: 0 });
});
test("scoreCard counts every score, however many: Dee with 5 scores", () => {
  expect(scoreCard("Dee", 1, 2, 3, 4, 5)).toEqual({ name: "Dee", total: 15, rounds: 5 });
});
