// adds the name but leaves it in the box
const form = document.querySelector("#signup");
const nameBox = document.querySelector("#name");
const players = document.querySelector("#players");

form.addEventListener("submit", (event) => {
  event.preventDefault();
  const item = document.createElement("li");
  item.textContent = nameBox.value;
  players.append(item);
});
