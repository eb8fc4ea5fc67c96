// reads the name with FormData and empties the box with form.reset()
const form = document.querySelector("#signup");
const players = document.querySelector("#players");

form.addEventListener("submit", (event) => {
  event.preventDefault();
  const data = new FormData(form);
  const item = document.createElement("li");
  item.textContent = data.get("name");
  players.append(item);
  form.reset();
});
