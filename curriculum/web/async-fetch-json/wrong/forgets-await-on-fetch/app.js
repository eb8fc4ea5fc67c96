// leaves out await before fetch, so response is a promise, not the answer
const list = document.querySelector("#classes");

// Ask the API for /api/classes and read the answer as JSON.
// Then add one <li> for each class, such as: Monday: Reading group
async function loadClasses() {
  const response = fetch("/api/classes");
  const classes = await response.json();
  for (const course of classes) {
    const item = document.createElement("li");
    item.textContent = course.day + ": " + course.name;
    list.append(item);
  }
}

loadClasses();
