// never checks for an empty box, so Enter on nothing adds an empty job
const box = document.querySelector("#job");
const jobs = document.querySelector("#jobs");

box.addEventListener("keydown", (event) => {
  if (event.key === "Enter") {
    const item = document.createElement("li");
    item.textContent = box.value.trim();
    jobs.append(item);
    box.value = "";
  } else if (event.key === "Escape") {
    box.value = "";
  }
});
