// What the page asked the API for, such as "GET /api/classes".
const asked = () => api.requests().map((r) => r.method + " " + r.path);

test("the page asks the API for /api/classes when it opens", async () => {
  await settle();
  expect(asked()).toContain("GET /api/classes");
});
test("every class from the API is on the list, as day: name, in order", async () => {
  await settle();
  expect(texts("#classes li")).toEqual(["Monday: Reading group", "Wednesday: Maths", "Friday: Cooking"]);
});
test("the list shows whatever the API sends, not classes written into the page", async () => {
  api.get("/api/classes", {
    json: [
      { id: 7, day: "Tuesday", name: "Art" },
      { id: 8, day: "Thursday", name: "Gym" },
    ],
  });
  await page.reload();
  await settle();
  expect(texts("#classes li")).toEqual(["Tuesday: Art", "Thursday: Gym"]);
});
test("with no classes this week, the list is empty", async () => {
  api.get("/api/classes", { json: [] });
  await page.reload();
  await settle();
  expect(texts("#classes li")).toEqual([]);
});
