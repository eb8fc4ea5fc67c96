test("POST /api/jobs answers 201 Created", async () => {
  const res = await request.post("/api/jobs", { title: "Baker", city: "York" });
  expect(res.status).toBe(201);
});
test("POST /api/jobs answers with the new job, id 3", async () => {
  const res = await request.post("/api/jobs", { title: "Baker", city: "York" });
  expect(res.body).toEqual({ id: 3, title: "Baker", city: "York" });
});
test("after the POST, GET /api/jobs lists the new job last, as it was sent", async () => {
  await request.post("/api/jobs", { title: "Baker", city: "York" });
  const list = await request.get("/api/jobs");
  expect(list.body).toHaveLength(3);
  expect(list.body[2]).toEqual({ id: 3, title: "Baker", city: "York" });
});
