test("POST /api/jobs answers 201, which means Created", async () => {
  const res = await request.post("/api/jobs", { title: "Baker", city: "York" });
  expect(res.status).toBe(201);
});
test("POST /api/jobs answers with the new job and the id the database gave it, 3", async () => {
  const res = await request.post("/api/jobs", { title: "Baker", city: "York" });
  expect(res.body).toEqual({ id: 3, title: "Baker", city: "York" });
});
test("the new job is saved in the jobs table with its title and city", async () => {
  await request.post("/api/jobs", { title: "Baker", city: "York" });
  const rows = await database.all("SELECT title, city FROM jobs WHERE id = 3");
  expect(rows).toEqual([{ title: "Baker", city: "York" }]);
});
test("after the POST, GET /api/jobs lists three jobs, the new one last", async () => {
  await request.post("/api/jobs", { title: "Baker", city: "York" });
  const res = await request.get("/api/jobs");
  expect(res.body).toEqual([
    { id: 1, title: "Cook", city: "Leeds" },
    { id: 2, title: "Welder", city: "Hull" },
    { id: 3, title: "Baker", city: "York" },
  ]);
});
test("a second new job gets the next id, 4", async () => {
  await request.post("/api/jobs", { title: "Baker", city: "York" });
  const res = await request.post("/api/jobs", { title: "Painter", city: "Hull" });
  expect(res.status).toBe(201);
  expect(res.body).toEqual({ id: 4, title: "Painter", city: "Hull" });
});
