// replaces each name with its number instead of putting the number in front
const people = document.querySelectorAll("#queue li");
let place = 1;
for (const person of people) {
  person.textContent = place + ". ";
  place = place + 1;
}

const count = document.querySelector(".count");
count.textContent = people.length + " people waiting";
