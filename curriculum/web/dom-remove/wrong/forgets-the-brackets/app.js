// writes task.remove without brackets, which names the function but never calls it
const tasks = document.querySelector("#tasks");

for (const task of document.querySelectorAll("#tasks .done")) {
  task.remove;
}

const button = document.querySelector("#clear");
button.addEventListener("click", () => {
  tasks.replaceChildren();
});
