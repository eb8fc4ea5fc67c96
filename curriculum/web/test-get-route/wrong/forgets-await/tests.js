// forgets await, so res is only a promise and the tests fail even on the correct server
test("GET /api/jobs answers with status 200", async () => {
  const res = request.get("/api/jobs");
  expect(res.status).toBe(200);
});
test("GET /api/jobs sends all three jobs", async () => {
  const res = request.get("/api/jobs");
  expect(res.body).toHaveLength(3);
});
test("the first job is the Cook job", async () => {
  const res = request.get("/api/jobs");
  expect(res.body[0].title).toBe("Cook");
});
