// counts the jobs but never looks inside one, so jobs with a wrongly named field slip through
test("GET /api/jobs answers with status 200", async () => {
  const res = await request.get("/api/jobs");
  expect(res.status).toBe(200);
});
test("GET /api/jobs sends all three jobs", async () => {
  const res = await request.get("/api/jobs");
  expect(res.body).toHaveLength(3);
});
