test("typing Ada and clicking Add me puts Ada on the list", async () => {
  await fill("#name", "Ada");
  await click("button");
  expect(texts("#players li")).toEqual(["Ada"]);
});
test("names go on the list in the order they were added", async () => {
  await fill("#name", "Ada");
  await click("button");
  await fill("#name", "Sam");
  await click("button");
  await fill("#name", "Lee");
  await click("button");
  expect(texts("#players li")).toEqual(["Ada", "Sam", "Lee"]);
});
test("the box is empty again after a name is added", async () => {
  await fill("#name", "Marcus");
  await click("button");
  expect(value("#name")).toBe("");
});
test("pressing Enter in the box adds the name too", async () => {
  await type("#name", "Mei");
  await press("#name", "Enter");
  expect(texts("#players li")).toEqual(["Mei"]);
});
test("your script runs without an error", async () => {
  await fill("#name", "Ada");
  await click("button");
  expect(page.errors()).toEqual([]);
});
