// counts through tasks.children by position while removing, so it steps over Wash up, right after Sweep the floor
const tasks = document.querySelector("#tasks");

for (let i = 0; i < tasks.children.length; i++) {
  const task = tasks.children[i];
  if (task.classList.contains("done")) {
    task.remove();
  }
}

const button = document.querySelector("#clear");
button.addEventListener("click", () => {
  tasks.replaceChildren();
});
