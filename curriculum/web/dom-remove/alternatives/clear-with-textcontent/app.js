// empties the list by setting its textContent to "", which also takes out everything inside
const tasks = document.querySelector("#tasks");

for (const task of document.querySelectorAll("#tasks .done")) {
  task.remove();
}

const button = document.querySelector("#clear");
button.addEventListener("click", () => {
  tasks.textContent = "";
});
