test("GET /api/jobs answers with status 200", async () => {
  const res = await request.get("/api/jobs");
  expect(res.status).toBe(200);
});
test("GET /api/jobs sends all three jobs", async () => {
  const res = await request.get("/api/jobs");
  expect(res.body).toHaveLength(3);
});
test("the first job is the Cook job in Leeds", async () => {
  const res = await request.get("/api/jobs");
  expect(res.body[0].title).toBe("Cook");
  expect(res.body[0].city).toBe("Leeds");
});
