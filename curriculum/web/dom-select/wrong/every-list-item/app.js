// selects every "li" on the page, so the rules are numbered and counted too
const people = document.querySelectorAll("li");
let place = 1;
for (const person of people) {
  person.textContent = place + ". " + person.textContent;
  place = place + 1;
}

const count = document.querySelector(".count");
count.textContent = people.length + " people waiting";
