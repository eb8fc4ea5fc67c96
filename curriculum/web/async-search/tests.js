async function search(words) {
  await fill("#q", words);
  await click("#search button");
  await settle();
}
// The search the page sent last: its path and the q the server read.
function lastSearch() {
  const all = api.requests();
  if (all.length === 0) return "no request was sent";
  const last = all[all.length - 1];
  return { path: last.path, q: last.query.q === undefined ? "no q" : last.query.q };
}

test("searching for kitchen asks the API for /api/jobs?q=kitchen", async () => {
  await search("kitchen");
  expect(lastSearch()).toEqual({ path: "/api/jobs", q: "kitchen" });
});
test("the jobs that match kitchen are listed, and nothing else", async () => {
  await search("kitchen");
  expect(texts("#results li")).toEqual(["Kitchen porter", "Kitchen assistant"]);
  expect(text("#status")).toBe("");
});
test("a new search replaces the results of the one before", async () => {
  await search("kitchen");
  await search("garden");
  expect(texts("#results li")).toEqual(["Gardener"]);
});
test('words with & in them arrive whole: "painter & decorator" finds just that job', async () => {
  await search("painter & decorator");
  expect(lastSearch()).toEqual({ path: "/api/jobs", q: "painter & decorator" });
  expect(texts("#results li")).toEqual(["Painter & decorator"]);
});
test('a search that finds nothing says "No jobs found.", and the next search that finds jobs takes it away', async () => {
  await search("astronaut");
  expect(texts("#results li")).toEqual([]);
  expect(text("#status")).toBe("No jobs found.");
  await search("cook");
  expect(texts("#results li")).toEqual(["Cook"]);
  expect(text("#status")).toBe("");
});
test("pressing Enter in the box searches too", async () => {
  await type("#q", "laundry");
  await press("#q", "Enter");
  await settle();
  expect(texts("#results li")).toEqual(["Laundry worker"]);
});
