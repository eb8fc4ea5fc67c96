// uses querySelector, which gives one element, not a list, so the loop stops with an error
const people = document.querySelector("#queue li");
let place = 1;
for (const person of people) {
  person.textContent = place + ". " + person.textContent;
  place = place + 1;
}

const count = document.querySelector(".count");
count.textContent = people.length + " people waiting";
