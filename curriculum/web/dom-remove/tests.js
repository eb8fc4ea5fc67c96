test("when the page opens, no task marked done is left in the list", () => {
  expect(count("#tasks .done")).toBe(0);
});
test("the tasks not done stay, in their order: Write to Mum, Read chapter 3", () => {
  expect(texts("#tasks li")).toEqual(["Write to Mum", "Read chapter 3"]);
});
test("two done tasks side by side, Sweep the floor and Wash up, both go", () => {
  expect(texts("#tasks li")).not.toContain("Sweep the floor");
  expect(texts("#tasks li")).not.toContain("Wash up");
});
test("clicking Clear the list takes every task out", async () => {
  await click("#clear");
  expect(count("#tasks li")).toBe(0);
});
test("after clearing, the empty list itself is still on the page", async () => {
  await click("#clear");
  expect(exists("ul#tasks")).toBe(true);
});
