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

// Your part: ONE click listener on the list. When the click was on a
// Delete button (or on anything inside one), remove that button's item.
list.addEventListener("click", (event) => {
  const button = event.target.closest(".delete");
  if (button === null) return;
  button.closest("li").remove();
});
