// The page: it shows the todos from your server and sends new ones to it.
const list = document.querySelector("#todos");
const form = document.querySelector("#new-todo");
const input = document.querySelector("#title");

// Asks the server for every todo, then shows them in the list.
async function load() {
  // TODO: fetch /api/todos, empty the list, then add one li for each todo.
  // A todo that is done (done is 1) gets the class done.
}

// TODO: when the form is sent, POST the new todo as JSON,
// empty the box, then load the list again.

load();
