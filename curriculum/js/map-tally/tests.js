test("tally(['Ana', 'Ben', 'Ana']) counts 2 votes for Ana", () => {
  expect(tally(["Ana", "Ben", "Ana"]).get("Ana")).toBe(2);
});
test("tally(['Ana', 'Ben', 'Ana']) counts 1 vote for Ben", () => {
  expect(tally(["Ana", "Ben", "Ana"]).get("Ben")).toBe(1);
});
test("tally(['Ana', 'Ben', 'Ana']) holds 2 names: its size is 2", () => {
  expect(tally(["Ana", "Ben", "Ana"]).size).toBe(2);
});
test("tally(['x', 'x', 'x', 'x']) counts 4 votes for x", () => {
  expect(tally(["x", "x", "x", "x"]).get("x")).toBe(4);
});
test("tally gives back a Map: has('Cal') is false when nobody voted for Cal", () => {
  expect(tally(["Ana", "Ben"]).has("Cal")).toBe(false);
});
test("tally([]) is an empty Map, of size 0", () => {
  expect(tally([]).size).toBe(0);
});
test("winner(['Ana', 'Ben', 'Ben']) is 'Ben'", () => {
  expect(winner(["Ana", "Ben", "Ben"])).toBe("Ben");
});
test("winner(['Cal', 'Ana', 'Ana', 'Cal', 'Cal']) is 'Cal'", () => {
  expect(winner(["Cal", "Ana", "Ana", "Cal", "Cal"])).toBe("Cal");
});
test("winner(['Ben', 'Ana', 'Ana', 'Ben']) is 'Ben': on a tie, the name voted for first wins", () => {
  expect(winner(["Ben", "Ana", "Ana", "Ben"])).toBe("Ben");
});
test("winner(['Dee']) is 'Dee'", () => {
  expect(winner(["Dee"])).toBe("Dee");
});
test("winner([]) is null: no votes, no winner", () => {
  expect(winner([])).toBe(null);
});
