// The model: the only code that talks to the database.
// This file is finished.

async function all() {
  return await db.all("SELECT id, title, done FROM todos ORDER BY id");
}

async function add(title) {
  const result = await db.run("INSERT INTO todos (title, done) VALUES (?, 0)", [title]);
  return { id: result.lastID, title: title, done: 0 };
}

async function markDone(id) {
  await db.run("UPDATE todos SET done = 1 WHERE id = ?", [id]);
}

module.exports = { all, add, markDone };
