test("totalLetters(['hi', 'you']) is 5", () => {
  expect(totalLetters(["hi", "you"])).toBe(5);
});
test("totalLetters(['hello']) is 5: one word gives its own length", () => {
  expect(totalLetters(["hello"])).toBe(5);
});
test("totalLetters(['a', 'bb', 'ccc', 'dddd']) is 10", () => {
  expect(totalLetters(["a", "bb", "ccc", "dddd"])).toBe(10);
});
test("totalLetters([]) is 0: reduce starts from the 0 you give it", () => {
  expect(totalLetters([])).toBe(0);
});
test("totalLetters(['', 'ok', '']) is 2: an empty word adds nothing", () => {
  expect(totalLetters(["", "ok", ""])).toBe(2);
});
test("totalLetters gives back a number, not text", () => {
  expect(typeof totalLetters(["cat", "dog"])).toBe("number");
});
test("totalLetters works for other lists too", () => {
  expect(`totalLetters(['Monday', 'HTML']) is ${totalLetters(["Monday", "HTML"])}`).toBe("totalLetters(['Monday', 'HTML']) is 10");
  expect(`totalLetters(['x', 'yz']) is ${totalLetters(["x", "yz"])}`).toBe("totalLetters(['x', 'yz']) is 3");
});
