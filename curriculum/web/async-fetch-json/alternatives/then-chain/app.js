// uses .then instead of async and await
const list = document.querySelector("#classes");

// Ask the API for /api/classes and read the answer as JSON.
// Then add one <li> for each class, such as: Monday: Reading group
function loadClasses() {
  fetch("/api/classes")
    .then((response) => response.json())
    .then((classes) => {
      for (const course of classes) {
        const item = document.createElement("li");
        item.textContent = `${course.day}: ${course.name}`;
        list.append(item);
      }
    });
}

loadClasses();
