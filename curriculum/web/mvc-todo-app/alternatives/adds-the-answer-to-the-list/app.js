// adds the todo the server answers with to the list, instead of loading the whole list again
const list = document.querySelector("#todos");
const form = document.querySelector("#new-todo");
const input = document.querySelector("#title");

function addToList(todo) {
  const li = document.createElement("li");
  li.textContent = todo.title;
  if (todo.done) li.className = "done";
  list.appendChild(li);
}

async function load() {
  const response = await fetch("/api/todos");
  const todos = await response.json();
  todos.forEach(addToList);
}

form.addEventListener("submit", async (event) => {
  event.preventDefault();
  const response = await fetch("/api/todos", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ title: input.value }),
  });
  addToList(await response.json());
  input.value = "";
});

load();
