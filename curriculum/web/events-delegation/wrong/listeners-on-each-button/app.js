// gives each Delete button its own listener when the page opens, so buttons added later do nothing
const form = document.querySelector("#add-form");
const box = document.querySelector("#item");
const list = document.querySelector("#list");

// Makes an item like the ones in index.html:
// <li><span class="name">Tea</span> <button class="delete">✕ Delete</button></li>
function makeItem(name) {
  const item = document.createElement("li");
  const words = document.createElement("span");
  words.className = "name";
  words.textContent = name;
  const button = document.createElement("button");
  button.type = "button";
  button.className = "delete";
  button.setAttribute("aria-label", "Delete " + name);
  const icon = document.createElement("span");
  icon.className = "icon";
  icon.setAttribute("aria-hidden", "true");
  icon.textContent = "✕";
  button.append(icon, " Delete");
  item.append(words, " ", button);
  return item;
}

// Adding already works.
form.addEventListener("submit", (event) => {
  event.preventDefault();
  const name = box.value.trim();
  if (name === "") return;
  list.append(makeItem(name));
  box.value = "";
});

for (const button of document.querySelectorAll(".delete")) {
  button.addEventListener("click", () => {
    button.closest("li").remove();
  });
}
