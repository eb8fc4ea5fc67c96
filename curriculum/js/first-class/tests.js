test("new Book('Kindred', 'Octavia Butler') has the title 'Kindred'", () => {
  const book = new Book("Kindred", "Octavia Butler");
  expect(book.title).toBe("Kindred");
});
test("new Book('Kindred', 'Octavia Butler') has the author 'Octavia Butler'", () => {
  const book = new Book("Kindred", "Octavia Butler");
  expect(book.author).toBe("Octavia Butler");
});
test("label() of Kindred gives 'Kindred by Octavia Butler'", () => {
  const book = new Book("Kindred", "Octavia Butler");
  expect(book.label()).toBe("Kindred by Octavia Butler");
});
test("label() works for any book: 'Beloved by Toni Morrison'", () => {
  const book = new Book("Beloved", "Toni Morrison");
  expect(book.label()).toBe("Beloved by Toni Morrison");
});
test("two books keep their own title and author", () => {
  const first = new Book("Dune", "Frank Herbert");
  const second = new Book("Emma", "Jane Austen");
  expect(first.label()).toBe("Dune by Frank Herbert");
  expect(second.label()).toBe("Emma by Jane Austen");
});
test("label() reads the title as it is now, after it has changed", () => {
  const book = new Book("Kindred", "Octavia Butler");
  book.title = "Dawn";
  expect(book.label()).toBe("Dawn by Octavia Butler");
});
