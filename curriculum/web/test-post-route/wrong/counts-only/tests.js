// counts the jobs after the POST but never checks what was saved or the id in the answer
test("POST /api/jobs answers 201 Created", async () => {
  const res = await request.post("/api/jobs", { title: "Baker", city: "York" });
  expect(res.status).toBe(201);
});
test("after the POST, GET /api/jobs lists three jobs", async () => {
  await request.post("/api/jobs", { title: "Baker", city: "York" });
  const list = await request.get("/api/jobs");
  expect(list.body).toHaveLength(3);
});
