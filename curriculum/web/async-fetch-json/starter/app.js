const list = document.querySelector("#classes");

// Ask the API for /api/classes and read the answer as JSON.
// Then add one <li> for each class, such as: Monday: Reading group
async function loadClasses() {
  // Your code here
}

loadClasses();
