// The model: the only code that talks to the database, db.
// The table todos has the columns id, title and done (1 or 0).

// Returns every todo, in id order.
async function all() {
  // TODO
}

// Saves a new todo, not done yet, and returns it: { id, title, done }.
async function add(title) {
  // TODO
}

// Marks the todo with this id as done (done = 1).
async function markDone(id) {
  // TODO
}

module.exports = { all, add, markDone };
