// checks the answer to the POST but never looks again, so a server that does not save slips through
test("POST /api/jobs answers 201 Created", async () => {
  const res = await request.post("/api/jobs", { title: "Baker", city: "York" });
  expect(res.status).toBe(201);
});
test("POST /api/jobs answers with the new job, id 3", async () => {
  const res = await request.post("/api/jobs", { title: "Baker", city: "York" });
  expect(res.body).toEqual({ id: 3, title: "Baker", city: "York" });
});
