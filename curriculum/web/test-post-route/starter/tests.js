test("POST /api/jobs answers 201 Created", async () => {
  const res = await request.post("/api/jobs", { title: "Baker", city: "York" });
  expect(res.status).toBe(201);
});

// Your tests here: what the answer holds, and what GET /api/jobs shows afterwards.
