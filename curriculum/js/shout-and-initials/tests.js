test("shout('hi') is 'HI!'", () => {
  expect(shout("hi")).toBe("HI!");
});
test("initials('Ada Lovelace') is 'AL'", () => {
  expect(initials("Ada Lovelace")).toBe("AL");
});
test("initials uses the last name when there is a middle name", () => {
  expect(initials("Grace Brewster Hopper")).toBe("GH");
});
