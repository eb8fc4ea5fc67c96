// Every <li> in the page the server sent: its text, and whether it has the class done.
function listItems(html) {
  const items = [];
  const re = /<li\b([^>]*)>([\s\S]*?)<\/li>/g;
  const page = html.replace(/<!--[\s\S]*?-->/g, "");
  let m;
  while ((m = re.exec(page)) !== null) {
    const classes = /class\s*=\s*["']([^"']*)["']/.exec(m[1]);
    items.push({ title: m[2].replace(/\s+/g, " ").trim(), done: classes !== null && classes[1].split(/\s+/).includes("done") });
  }
  return items;
}
const titles = (html) => listItems(html).map((item) => item.title);
// The words a visitor reads on the page: no head, no tags, no comments.
const pageText = (html) => html
  .replace(/<head\b[\s\S]*?<\/head>/i, "")
  .replace(/<!--[\s\S]*?-->/g, "")
  .replace(/<[^>]*>/g, " ")
  .replace(/\s+/g, " ")
  .trim();

test("GET / answers with a page that has one li for each todo, holding its title, in order", async () => {
  const res = await request.get("/");
  expect(res.status).toBe(200);
  expect(titles(res.text)).toEqual(["Write a letter", "Wash the dishes", "Read chapter 3"]);
});
test("a todo added to the database shows on the page too, so the list is not typed in by hand", async () => {
  await database.all("INSERT INTO todos (title, done) VALUES ('Feed the cat', 0)");
  const res = await request.get("/");
  expect(titles(res.text)).toEqual(["Write a letter", "Wash the dishes", "Read chapter 3", "Feed the cat"]);
});
test("only the todo that is done, Wash the dishes, has class=\"done\" on its li", async () => {
  const res = await request.get("/");
  const done = listItems(res.text).filter((item) => item.done).map((item) => item.title);
  expect(done).toEqual(["Wash the dishes"]);
});
test("a title with <b> in it is shown as plain text: the page holds &lt;b&gt;, not <b>", async () => {
  await database.all("INSERT INTO todos (title, done) VALUES ('<b>Shout</b>', 0)");
  const res = await request.get("/");
  expect(titles(res.text)).toContain("&lt;b&gt;Shout&lt;/b&gt;");
  expect(res.text).not.toContain("<b>Shout</b>");
});
test("with no todos at all, the page lists nothing and says Nothing to do yet.", async () => {
  await database.all("DELETE FROM todos");
  const res = await request.get("/");
  expect(titles(res.text)).toEqual([]);
  expect(pageText(res.text)).toContain("Nothing to do yet.");
});
test("when there are todos, the page does not say Nothing to do yet.", async () => {
  const res = await request.get("/");
  expect(pageText(res.text)).not.toContain("Nothing to do yet.");
});
