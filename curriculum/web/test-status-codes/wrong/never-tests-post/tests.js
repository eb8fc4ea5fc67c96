// tests only GET, so every mistake in adding a job slips through
test("GET /api/jobs/99 answers 404: no job has that id", async () => {
  const res = await request.get("/api/jobs/99");
  expect(res.status).toBe(404);
});
test("GET /api/jobs/1 answers 200", async () => {
  const res = await request.get("/api/jobs/1");
  expect(res.status).toBe(200);
});
