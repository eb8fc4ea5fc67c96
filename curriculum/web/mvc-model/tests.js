test("all() gives every todo in the table, in id order (GET /api/todos shows them)", async () => {
  const res = await request.get("/api/todos");
  expect(res.status).toBe(200);
  expect(res.body).toEqual([
    { id: 1, title: "Write a letter", done: 0 },
    { id: 2, title: "Wash the dishes", done: 1 },
    { id: 3, title: "Read chapter 3", done: 0 },
  ]);
});
test("all() reads the table every time: a todo put straight into the database shows up too", async () => {
  await database.all("INSERT INTO todos (title, done) VALUES ('Feed the cat', 0)");
  const res = await request.get("/api/todos");
  expect(res.body).toHaveLength(4);
  expect(res.body[3]).toEqual({ id: 4, title: "Feed the cat", done: 0 });
});
test("add(\"Buy bread\") saves a new row in the todos table, not done yet (done is 0)", async () => {
  await request.post("/api/todos", { title: "Buy bread" });
  const rows = await database.all("SELECT id, title, done FROM todos WHERE title = 'Buy bread'");
  expect(rows).toEqual([{ id: 4, title: "Buy bread", done: 0 }]);
});
test("add gives back the new todo with the id the database gave it: 4, then 5", async () => {
  const first = await request.post("/api/todos", { title: "Buy bread" });
  expect(first.body).toEqual({ id: 4, title: "Buy bread", done: 0 });
  const second = await request.post("/api/todos", { title: "Phone the library" });
  expect(second.body).toEqual({ id: 5, title: "Phone the library", done: 0 });
});
test("markDone(3) sets done to 1 for todo 3", async () => {
  await request.post("/api/todos/3/done");
  const rows = await database.all("SELECT done FROM todos WHERE id = 3");
  expect(rows).toEqual([{ done: 1 }]);
});
test("markDone(3) leaves the other todos as they were", async () => {
  await request.post("/api/todos/3/done");
  const rows = await database.all("SELECT id, done FROM todos WHERE id <> 3 ORDER BY id");
  expect(rows).toEqual([{ id: 1, done: 0 }, { id: 2, done: 1 }]);
});
