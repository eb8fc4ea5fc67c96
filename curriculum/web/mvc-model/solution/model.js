// The model: the only code that talks to the database, db.
// The table todos has the columns id, title and done (1 or 0).

// Returns every todo, in id order.
async function all() {
  return await db.all("SELECT id, title, done FROM todos ORDER BY id");
}

// Saves a new todo, not done yet, and returns it: { id, title, done }.
async function add(title) {
  const result = await db.run("INSERT INTO todos (title, done) VALUES (?, 0)", [title]);
  return { id: result.lastID, title: title, done: 0 };
}

// Marks the todo with this id as done (done = 1).
async function markDone(id) {
  await db.run("UPDATE todos SET done = 1 WHERE id = ?", [id]);
}

module.exports = { all, add, markDone };
