test("GET /api/jobs answers with status 200, which means OK", async () => {
  const res = await request.get("/api/jobs");
  expect(res.status).toBe(200);
});
test("GET /api/jobs answers with JSON, not a web page", async () => {
  const res = await request.get("/api/jobs");
  expect(res.type).toBe("application/json");
});
test("GET /api/jobs sends a list of all three jobs", async () => {
  const res = await request.get("/api/jobs");
  const body = res.body;
  const got = Array.isArray(body) ? "a list of " + body.length + " jobs" : "no list";
  expect(got).toBe("a list of 3 jobs");
});
test("every job comes with its id, title and city, in the list's order", async () => {
  const res = await request.get("/api/jobs");
  expect(res.body).toEqual([
    { id: 1, title: "Cook", city: "Leeds" },
    { id: 2, title: "Welder", city: "Hull" },
    { id: 3, title: "Driver", city: "Leeds" },
  ]);
});
