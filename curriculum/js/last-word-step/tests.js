test("lastWord('Ada Lovelace') is 'Lovelace'", () => {
  expect(lastWord("Ada Lovelace")).toBe("Lovelace");
});
test("lastWord('Grace Brewster Hopper') is 'Hopper': it skips the middle word", () => {
  expect(lastWord("Grace Brewster Hopper")).toBe("Hopper");
});
test("lastWord('Rosa Louise McCauley Parks') is 'Parks': it skips two middle words", () => {
  expect(lastWord("Rosa Louise McCauley Parks")).toBe("Parks");
});
test("lastWord('Cher') is 'Cher': one word is its own last word", () => {
  expect(lastWord("Cher")).toBe("Cher");
});
test("lastWord('see you soon') is 'soon': it works for any words, not only names", () => {
  expect(lastWord("see you soon")).toBe("soon");
});
test("lastWord works for other texts too", () => {
  expect(lastWord("Nina Simone")).toBe("Simone");
  expect(lastWord("a b c d e f")).toBe("f");
});
