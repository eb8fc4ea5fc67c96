// The text of every <li> in the page the server sent, in order.
function listItems(html) {
  const items = [];
  const re = /<li\b[^>]*>([\s\S]*?)<\/li>/g;
  const page = html.replace(/<!--[\s\S]*?-->/g, "");
  let m;
  while ((m = re.exec(page)) !== null) items.push(m[1].replace(/\s+/g, " ").trim());
  return items;
}
// What the browser sends when someone types a todo into the form and clicks Add.
const sendForm = (title) => request.post("/todos", "title=" + encodeURIComponent(title), { type: "form" });

test("GET / shows the to-do page, listing every todo from the database", async () => {
  await database.all("INSERT INTO todos (title, done) VALUES ('Feed the cat', 0)");
  const res = await request.get("/");
  expect(res.status).toBe(200);
  expect(res.type).toBe("text/html");
  expect(listItems(res.text)).toEqual(["Write a letter", "Wash the dishes", "Read chapter 3", "Feed the cat"]);
});
test("sending the form to POST /todos saves its title in the todos table", async () => {
  await sendForm("Buy bread");
  const rows = await database.all("SELECT id, title, done FROM todos WHERE id > 3");
  expect(rows).toEqual([{ id: 4, title: "Buy bread", done: 0 }]);
});
test("POST /todos answers 302 with the header location: /, sending the browser back to the list", async () => {
  const res = await sendForm("Buy bread");
  expect(res.status).toBe(302);
  expect(res.headers.location).toBe("/");
});
test("after the form is sent, GET / shows the new todo at the end of the list", async () => {
  await sendForm("Buy bread");
  const res = await request.get("/");
  expect(listItems(res.text)).toEqual(["Write a letter", "Wash the dishes", "Read chapter 3", "Buy bread"]);
});
test("two forms sent one after the other save two todos, each with its own title", async () => {
  await sendForm("Buy bread");
  await sendForm("Phone the library");
  const rows = await database.all("SELECT title FROM todos WHERE id > 3 ORDER BY id");
  expect(rows).toEqual([{ title: "Buy bread" }, { title: "Phone the library" }]);
});
