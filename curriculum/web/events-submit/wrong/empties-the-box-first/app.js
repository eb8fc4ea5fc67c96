// empties the box before reading it, so every item is empty
const form = document.querySelector("#signup");
const nameBox = document.querySelector("#name");
const players = document.querySelector("#players");

form.addEventListener("submit", (event) => {
  event.preventDefault();
  nameBox.value = "";
  const item = document.createElement("li");
  item.textContent = nameBox.value;
  players.append(item);
});
