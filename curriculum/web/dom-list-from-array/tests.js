test("the kitchen list has one item for each of its 3 jobs", () => {
  expect(count("#kitchen li")).toBe(3);
});
test("each job shows its title and hours, such as Cook: 30 hours a week", () => {
  expect(texts("#kitchen li")[0]).toBe("Cook: 30 hours a week");
});
test("the jobs appear in the same order as in the array", () => {
  expect(texts("#kitchen li")).toEqual(["Cook: 30 hours a week", "Dishwasher: 20 hours a week", "Baker: 25 hours a week"]);
});
test("the garden, which has no jobs, says No jobs yet.", () => {
  expect(texts("#garden li")).toEqual(["No jobs yet."]);
});
test("a list that has jobs does not also say No jobs yet.", () => {
  expect(texts("#kitchen li")).not.toContain("No jobs yet.");
});
test("your script runs without an error", () => {
  expect(page.errors()).toEqual([]);
});
