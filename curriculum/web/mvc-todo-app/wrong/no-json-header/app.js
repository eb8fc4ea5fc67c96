// sends the new todo without the Content-Type header, so the server cannot read it
// The page: it shows the todos from your server and sends new ones to it.
const list = document.querySelector("#todos");
const form = document.querySelector("#new-todo");
const input = document.querySelector("#title");

// Asks the server for every todo, then shows them in the list.
async function load() {
  const response = await fetch("/api/todos");
  const todos = await response.json();
  list.textContent = "";
  for (const todo of todos) {
    const li = document.createElement("li");
    li.textContent = todo.title;
    if (todo.done === 1) {
      li.classList.add("done");
    }
    list.append(li);
  }
}

form.addEventListener("submit", async (event) => {
  event.preventDefault();
  await fetch("/api/todos", {
    method: "POST",
    body: JSON.stringify({ title: input.value }),
  });
  input.value = "";
  await load();
});

load();
