// hides the done tasks with style.display, so they are still in the list
const tasks = document.querySelector("#tasks");

for (const task of document.querySelectorAll("#tasks .done")) {
  task.style.display = "none";
}

const button = document.querySelector("#clear");
button.addEventListener("click", () => {
  tasks.replaceChildren();
});
