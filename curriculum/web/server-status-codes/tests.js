test("GET /api/jobs/1 answers 200 OK with the Cook job", async () => {
  const res = await request.get("/api/jobs/1");
  expect(res.status).toBe(200);
  expect(res.body).toEqual({ id: 1, title: "Cook", city: "Leeds" });
});
test("GET /api/jobs/99 answers 404 Not Found with { error: \"Job not found\" }", async () => {
  const res = await request.get("/api/jobs/99");
  expect(res.status).toBe(404);
  expect(res.body).toEqual({ error: "Job not found" });
});
test("POST /api/jobs with a title and a city answers 201 Created with the new job", async () => {
  const res = await request.post("/api/jobs", { title: "Baker", city: "York" });
  expect(res.status).toBe(201);
  expect(res.body).toEqual({ id: 3, title: "Baker", city: "York" });
});
test("POST /api/jobs with no title, or an empty city, answers 400 Bad Request and saves nothing", async () => {
  const noTitle = await request.post("/api/jobs", { city: "York" });
  expect(noTitle.status).toBe(400);
  const emptyCity = await request.post("/api/jobs", { title: "Baker", city: "" });
  expect(emptyCity.status).toBe(400);
  const titles = await database.all("SELECT title FROM jobs ORDER BY id");
  expect(titles).toEqual([{ title: "Cook" }, { title: "Welder" }]);
});
test("DELETE /api/jobs/1 answers 204 No Content, and job 1 is gone", async () => {
  const res = await request.delete("/api/jobs/1");
  expect(res.status).toBe(204);
  expect(await database.all("SELECT id FROM jobs WHERE id = 1")).toEqual([]);
});
test("DELETE /api/jobs/99 answers 404 Not Found: there was no job 99 to delete", async () => {
  const res = await request.delete("/api/jobs/99");
  expect(res.status).toBe(404);
});
