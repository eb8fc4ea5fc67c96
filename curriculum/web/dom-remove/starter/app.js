const tasks = document.querySelector("#tasks");

// 1. Remove every task that has the class done.

const button = document.querySelector("#clear");
button.addEventListener("click", () => {
  // 2. Empty the list, but keep the list itself.
});
