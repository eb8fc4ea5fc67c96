test("the status line says: The library is open.", () => {
  expect(text("#status")).toBe("The library is open.");
});
test("the heading still says Library", () => {
  expect(text("h1")).toBe("Library");
});
test("the paragraph about due dates is left as it was", () => {
  expect(texts("p")[0]).toBe("Books are due back after two weeks.");
});
test("your script runs without an error", () => {
  expect(page.errors()).toEqual([]);
});
