test("GET /api/jobs with no city still lists all four jobs", async () => {
  const res = await request.get("/api/jobs");
  expect(res.status).toBe(200);
  expect(res.body).toHaveLength(4);
});
test("GET /api/jobs?city=Leeds lists only the Cook and Driver jobs, both in Leeds", async () => {
  const res = await request.get("/api/jobs?city=Leeds");
  expect(res.body).toEqual([
    { id: 1, title: "Cook", city: "Leeds" },
    { id: 3, title: "Driver", city: "Leeds" },
  ]);
});
test("GET /api/jobs?city=York lists only the Cleaner job", async () => {
  const res = await request.get("/api/jobs?city=York");
  expect(res.body).toEqual([{ id: 4, title: "Cleaner", city: "York" }]);
});
test("a city with no jobs, such as Paris, gives an empty list with the status 200", async () => {
  const res = await request.get("/api/jobs?city=Paris");
  expect(res.status).toBe(200);
  expect(res.body).toEqual([]);
});
