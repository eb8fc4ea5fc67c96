test("GET /api/jobs/2 answers with the Welder job", async () => {
  const res = await request.get("/api/jobs/2");
  expect(res.status).toBe(200);
  expect(res.body).toEqual({ id: 2, title: "Welder", city: "Hull" });
});
test("GET /api/jobs/1 and /api/jobs/3 answer with the job that has that id", async () => {
  const first = await request.get("/api/jobs/1");
  expect(first.body).toEqual({ id: 1, title: "Cook", city: "Leeds" });
  const third = await request.get("/api/jobs/3");
  expect(third.body).toEqual({ id: 3, title: "Driver", city: "Leeds" });
});
test("GET /api/jobs/9 answers 404 Not Found: there is no job 9", async () => {
  const res = await request.get("/api/jobs/9");
  expect(res.status).toBe(404);
});
test("the 404 answer is JSON: { error: \"Job not found\" }", async () => {
  const res = await request.get("/api/jobs/9");
  expect(res.type).toBe("application/json");
  expect(res.body).toEqual({ error: "Job not found" });
});
test("the list of every job at GET /api/jobs still works", async () => {
  const res = await request.get("/api/jobs");
  expect(res.body).toHaveLength(3);
});
