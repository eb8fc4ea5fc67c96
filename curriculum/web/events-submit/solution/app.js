const form = document.querySelector("#signup");
const nameBox = document.querySelector("#name");
const players = document.querySelector("#players");

// When the form is sent:
// - stop the browser from loading a new page
// - put the name from the box at the end of the list
// - empty the box, ready for the next name
form.addEventListener("submit", (event) => {
  event.preventDefault();
  const item = document.createElement("li");
  item.textContent = nameBox.value;
  players.append(item);
  nameBox.value = "";
});
