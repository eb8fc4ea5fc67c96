// leaves out await before response.json(), so classes is a promise, not the array
const list = document.querySelector("#classes");

// Ask the API for /api/classes and read the answer as JSON.
// Then add one <li> for each class, such as: Monday: Reading group
async function loadClasses() {
  const response = await fetch("/api/classes");
  const classes = response.json();
  for (const course of classes) {
    const item = document.createElement("li");
    item.textContent = course.day + ": " + course.name;
    list.append(item);
  }
}

loadClasses();
