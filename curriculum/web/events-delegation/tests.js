test("clicking Delete beside Milk takes Milk off, and leaves Bread and Eggs", async () => {
  await click("#list li:nth-child(2) .delete");
  expect(texts("#list .name")).toEqual(["Bread", "Eggs"]);
});
test("clicking the ✕ mark inside a Delete button deletes the item too", async () => {
  await click("#list li:nth-child(1) .delete .icon");
  expect(texts("#list .name")).toEqual(["Milk", "Eggs"]);
});
test("an item added with the form has a Delete button that works too", async () => {
  await fill("#item", "Tea");
  await click("#add-form button");
  expect(texts("#list .name")).toEqual(["Bread", "Milk", "Eggs", "Tea"]);
  await click("#list li:nth-child(4) .delete");
  expect(texts("#list .name")).toEqual(["Bread", "Milk", "Eggs"]);
});
test("clicking an item's name deletes nothing, and causes no error", async () => {
  await click("#list li:nth-child(1) .name");
  expect(texts("#list .name")).toEqual(["Bread", "Milk", "Eggs"]);
  expect(page.errors()).toEqual([]);
});
test("Delete buttons keep working: deleting Bread and then Eggs leaves Milk", async () => {
  await click("#list li:nth-child(1) .delete");
  await click("#list li:nth-child(2) .delete");
  expect(texts("#list .name")).toEqual(["Milk"]);
});
