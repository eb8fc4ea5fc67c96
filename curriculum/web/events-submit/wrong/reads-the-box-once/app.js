// reads the box when the page opens, before anyone has typed, so every item is empty
const form = document.querySelector("#signup");
const nameBox = document.querySelector("#name");
const players = document.querySelector("#players");
const name = nameBox.value;

form.addEventListener("submit", (event) => {
  event.preventDefault();
  const item = document.createElement("li");
  item.textContent = name;
  players.append(item);
  nameBox.value = "";
});
