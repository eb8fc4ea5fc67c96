test("GET /api/jobs/99 answers 404: no job has that id", async () => {
  const res = await request.get("/api/jobs/99");
  expect(res.status).toBe(404);
});

// Your tests here: a job that is there, a good new job, and bad new jobs.
