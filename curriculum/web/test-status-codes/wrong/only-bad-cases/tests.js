// tests only the bad cases, so a server that refuses everything, or finds nothing, slips through
test("GET /api/jobs/99 answers 404: no job has that id", async () => {
  const res = await request.get("/api/jobs/99");
  expect(res.status).toBe(404);
});
test("POST /api/jobs with no title answers 400", async () => {
  const res = await request.post("/api/jobs", { city: "York" });
  expect(res.status).toBe(400);
});
test("POST /api/jobs with an empty title answers 400", async () => {
  const res = await request.post("/api/jobs", { title: "", city: "York" });
  expect(res.status).toBe(400);
});
