const box = document.querySelector("#job");
const jobs = document.querySelector("#jobs");

// When a key goes down in the box:
// - Enter adds the job to the end of the list and empties the box
//   (but an empty box adds nothing)
// - Escape empties the box and adds nothing
box.addEventListener("keydown", (event) => {
  if (event.key === "Enter") {
    const job = box.value.trim();
    if (job === "") return;
    const item = document.createElement("li");
    item.textContent = job;
    jobs.append(item);
    box.value = "";
  } else if (event.key === "Escape") {
    box.value = "";
  }
});
