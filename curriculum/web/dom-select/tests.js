test("Ana, first in the queue, is shown as 1. Ana", () => {
  expect(texts("#queue li")[0]).toBe("1. Ana");
});
test("every person in the queue gets their place, in order", () => {
  expect(texts("#queue li")).toEqual(["1. Ana", "2. Marcus", "3. Lee", "4. Rosa", "5. Sam"]);
});
test("the rules are not numbered: they are not in the queue", () => {
  expect(texts("#rules li")).toEqual(["Ten minutes each.", "Be ready when your name is called."]);
});
test("the count line says 5 people waiting", () => {
  expect(text(".count")).toBe("5 people waiting");
});
test("your script runs without an error", () => {
  expect(page.errors()).toEqual([]);
});
