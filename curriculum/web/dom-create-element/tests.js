test("the rota now has 4 jobs", () => {
  expect(count("#rota li")).toBe(4);
});
test("the new job, Sweep the yard, comes last, after the three jobs already there", () => {
  expect(texts("#rota li")).toEqual(["Mop the kitchen", "Wipe the tables", "Empty the bins", "Sweep the yard"]);
});
test("the new job has the class new", () => {
  expect(hasClass("#rota li:last-child", "new")).toBe(true);
});
test("only the new job is marked new", () => {
  expect(count("#rota li.new")).toBe(1);
});
test("the new job goes inside the list, not loose at the bottom of the page", () => {
  expect(count("body > li")).toBe(0);
});
