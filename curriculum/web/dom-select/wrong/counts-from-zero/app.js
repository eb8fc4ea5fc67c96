// starts counting at 0, so Ana is shown as 0. Ana
const people = document.querySelectorAll("#queue li");
let place = 0;
for (const person of people) {
  person.textContent = place + ". " + person.textContent;
  place = place + 1;
}

const count = document.querySelector(".count");
count.textContent = people.length + " people waiting";
