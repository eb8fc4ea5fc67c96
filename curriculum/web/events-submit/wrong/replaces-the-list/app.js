// sets the list's textContent, so each new name wipes out the names before it
const form = document.querySelector("#signup");
const nameBox = document.querySelector("#name");
const players = document.querySelector("#players");

form.addEventListener("submit", (event) => {
  event.preventDefault();
  players.textContent = nameBox.value;
  nameBox.value = "";
});
