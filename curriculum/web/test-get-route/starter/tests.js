test("GET /api/jobs answers with status 200", async () => {
  const res = await request.get("/api/jobs");
  expect(res.status).toBe(200);
});

// Your tests here: how many jobs come back, and the first job's title.
