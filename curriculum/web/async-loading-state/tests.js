// What a person sees in the status: nothing when it is hidden.
// Three dots typed as one sign (…) count the same as three full stops.
const seen = () => (visible("#status") ? text("#status").replace(/…/g, "...") : "");
const BOOKS = ["The Count of Monte Cristo", "Holes", "Long Walk to Freedom"];

test('while the books are on their way, the page says "Loading..."', async () => {
  expect(seen()).toBe("Loading...");
  expect(texts("#books li")).toEqual([]);
});
test('it still says "Loading..." at 1.9 seconds, just before the answer comes', async () => {
  await clock.tick(1900);
  expect(seen()).toBe("Loading...");
  expect(texts("#books li")).toEqual([]);
});
test("when the answer comes, after 2 seconds, the books are listed", async () => {
  await clock.tick(2000);
  expect(texts("#books li")).toEqual(BOOKS);
});
test('once the books are listed, "Loading..." is gone', async () => {
  await clock.tick(2000);
  expect(seen()).toBe("");
});
test('with a slower server, "Loading..." stays until the books really come', async () => {
  api.get("/api/books", { json: [{ id: 9, title: "Small Island" }], delay: 5000 });
  await page.reload();
  await clock.tick(4000);
  expect(seen()).toBe("Loading...");
  expect(texts("#books li")).toEqual([]);
  await clock.tick(1000);
  expect(seen()).toBe("");
  expect(texts("#books li")).toEqual(["Small Island"]);
});
