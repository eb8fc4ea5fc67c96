// removes the whole list when clicked, so there is nowhere to put new tasks
const tasks = document.querySelector("#tasks");

for (const task of document.querySelectorAll("#tasks .done")) {
  task.remove();
}

const button = document.querySelector("#clear");
button.addEventListener("click", () => {
  tasks.remove();
});
