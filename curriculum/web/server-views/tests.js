// Whether the page says No jobs yet, in words a learner can read.
function saysNoJobs(html) {
  return html.includes("No jobs yet") ? "the page says No jobs yet" : "the page does not say No jobs yet";
}

// The text of every <li> in a page, in order.
function listItems(html) {
  const items = [];
  const re = /<li[^>]*>([\s\S]*?)<\/li>/g;
  let m;
  while ((m = re.exec(html)) !== null) items.push(m[1].trim());
  return items;
}

test("GET /jobs answers 200 with a web page (HTML)", async () => {
  const res = await request.get("/jobs");
  expect(res.status).toBe(200);
  expect(res.type).toBe("text/html");
});
test("with no jobs yet, the page lists nothing and says No jobs yet", async () => {
  const res = await request.get("/jobs");
  expect(listItems(res.text)).toEqual([]);
  expect(saysNoJobs(res.text)).toBe("the page says No jobs yet");
});
test("after two jobs are added, the page lists both titles, in order", async () => {
  await request.post("/api/jobs", { title: "Cook", city: "Leeds" });
  await request.post("/api/jobs", { title: "Welder", city: "Hull" });
  const res = await request.get("/jobs");
  expect(listItems(res.text)).toEqual(["Cook", "Welder"]);
});
test("once there is a job, the page no longer says No jobs yet", async () => {
  await request.post("/api/jobs", { title: "Cook", city: "Leeds" });
  const res = await request.get("/jobs");
  expect(saysNoJobs(res.text)).toBe("the page does not say No jobs yet");
});
test("a title with < and > in it is shown as plain text, not turned into HTML", async () => {
  await request.post("/api/jobs", { title: "<b>Boss</b>", city: "York" });
  const res = await request.get("/jobs");
  expect(listItems(res.text)).toEqual(["&lt;b&gt;Boss&lt;/b&gt;"]);
});
