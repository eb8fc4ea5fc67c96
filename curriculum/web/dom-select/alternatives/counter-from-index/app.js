// loops with an index i, so the place is i + 1, and uses a template literal
const people = document.querySelectorAll("#queue li");
for (let i = 0; i < people.length; i++) {
  people[i].textContent = `${i + 1}. ${people[i].textContent}`;
}
document.querySelector(".count").textContent = `${people.length} people waiting`;
