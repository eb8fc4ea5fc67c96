// checks only the status, so a list that is short or has the wrong fields slips through
test("GET /api/jobs answers with status 200", async () => {
  const res = await request.get("/api/jobs");
  expect(res.status).toBe(200);
});
