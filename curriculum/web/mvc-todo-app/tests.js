test("your server: GET /api/todos answers with every todo from the database, as JSON", async () => {
  const res = await request.get("/api/todos");
  expect(res.status).toBe(200);
  expect(res.body).toEqual([
    { id: 1, title: "Write a letter", done: 0 },
    { id: 2, title: "Wash the dishes", done: 1 },
    { id: 3, title: "Read chapter 3", done: 0 },
  ]);
});
test("your server: POST /api/todos saves the todo and answers 201 with it, id and all", async () => {
  const res = await request.post("/api/todos", { title: "Buy bread" });
  expect(res.status).toBe(201);
  expect(res.body).toEqual({ id: 4, title: "Buy bread", done: 0 });
  expect(await database.all("SELECT title FROM todos WHERE id = 4")).toEqual([{ title: "Buy bread" }]);
});
test("the page shows every todo your server sends, in order, even one just put in the database", async () => {
  await database.all("INSERT INTO todos (title, done) VALUES ('Feed the cat', 0)");
  await page.reload();
  await settle();
  expect(texts("#todos li")).toEqual(["Write a letter", "Wash the dishes", "Read chapter 3", "Feed the cat"]);
});
test("on the page, only the todo that is done, Wash the dishes, has the class done", async () => {
  await settle();
  expect(count("#todos li")).toBe(3);
  expect(texts("#todos li.done")).toEqual(["Wash the dishes"]);
});
test("typing Buy bread and clicking Add saves it in the database, through your server", async () => {
  await settle();
  await type("#title", "Buy bread");
  await click("#new-todo button");
  await settle();
  expect(await database.all("SELECT title, done FROM todos WHERE id > 3")).toEqual([{ title: "Buy bread", done: 0 }]);
});
test("after Add, the new todo shows at the end of the list and the box is empty again", async () => {
  await settle();
  await type("#title", "Buy bread");
  await click("#new-todo button");
  await settle();
  expect(texts("#todos li")).toEqual(["Write a letter", "Wash the dishes", "Read chapter 3", "Buy bread"]);
  expect(value("#title")).toBe("");
});
