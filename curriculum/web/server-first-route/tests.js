test("GET / answers with status 200, which means OK", async () => {
  const res = await request.get("/");
  expect(res.status).toBe(200);
});
test("GET / answers with the words Welcome to the job board!", async () => {
  const res = await request.get("/");
  expect(res.text).toBe("Welcome to the job board!");
});
test("a path with no route, such as /menu, still answers 404 Not Found", async () => {
  const res = await request.get("/menu");
  expect(res.status).toBe(404);
});
