// returns db's promises without await, and uses shorthand { title } in add
async function all() {
  return db.all("SELECT id, title, done FROM todos ORDER BY id");
}

async function add(title) {
  const result = await db.run("INSERT INTO todos (title) VALUES (?)", [title]);
  return { id: result.lastID, title, done: 0 };
}

function markDone(id) {
  return db.run("UPDATE todos SET done = 1 WHERE id = ?", [id]);
}

module.exports = { all, add, markDone };
