test("title is still the string 'The Odyssey'", () => {
  expect(title).toBe("The Odyssey");
});
test("pages is the number 324, without quotes", () => {
  expect(pages).toBe(324);
});
test("pages + 1 gives 325 (it adds, so pages is a number)", () => {
  expect(pages + 1).toBe(325);
});
test("isCheckedOut is the boolean true, without quotes", () => {
  expect(isCheckedOut).toBe(true);
});
test("isAvailable is false, the opposite of isCheckedOut", () => {
  expect(isAvailable).toBe(false);
});
test("canBorrow is false: the card is there, but the book is not available", () => {
  expect(canBorrow).toBe(false);
});
