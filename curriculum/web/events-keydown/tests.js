test("typing a job and pressing Enter adds it to the list", async () => {
  await type("#job", "Mop the floor");
  await press("#job", "Enter");
  expect(texts("#jobs li")).toEqual(["Mop the floor"]);
});
test("after Enter the box is empty, and the next job goes after the first", async () => {
  await type("#job", "Mop the floor");
  await press("#job", "Enter");
  expect(value("#job")).toBe("");
  await type("#job", "Fold towels");
  await press("#job", "Enter");
  expect(texts("#jobs li")).toEqual(["Mop the floor", "Fold towels"]);
});
test("typing without pressing Enter adds nothing yet", async () => {
  await type("#job", "Wash up");
  expect(texts("#jobs li")).toEqual([]);
  expect(value("#job")).toBe("Wash up");
});
test("pressing Escape empties the box and adds nothing", async () => {
  await type("#job", "Oops");
  await press("#job", "Escape");
  expect(value("#job")).toBe("");
  expect(texts("#jobs li")).toEqual([]);
});
test("pressing Enter with an empty box, or only spaces, adds nothing", async () => {
  await press("#job", "Enter");
  await type("#job", "   ");
  await press("#job", "Enter");
  expect(texts("#jobs li")).toEqual([]);
});
