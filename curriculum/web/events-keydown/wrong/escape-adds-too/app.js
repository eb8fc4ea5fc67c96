// treats Escape like Enter, so the job is added instead of thrown away
const box = document.querySelector("#job");
const jobs = document.querySelector("#jobs");

box.addEventListener("keydown", (event) => {
  if (event.key === "Enter" || event.key === "Escape") {
    const job = box.value.trim();
    if (job === "") return;
    const item = document.createElement("li");
    item.textContent = job;
    jobs.append(item);
    box.value = "";
  }
});
