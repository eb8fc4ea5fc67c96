// writes event.key = "Enter" (one =), which changes the key instead of asking, so every key adds
const box = document.querySelector("#job");
const jobs = document.querySelector("#jobs");

box.addEventListener("keydown", (event) => {
  if (event.key = "Enter") {
    const job = box.value.trim();
    if (job === "") return;
    const item = document.createElement("li");
    item.textContent = job;
    jobs.append(item);
    box.value = "";
  } else if (event.key = "Escape") {
    box.value = "";
  }
});
