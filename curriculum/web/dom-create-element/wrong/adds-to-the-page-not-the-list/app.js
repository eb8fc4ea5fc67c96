// appends the item to document.body, so it lands at the bottom of the page, outside the list
const rota = document.querySelector("#rota");
const item = document.createElement("li");
item.textContent = "Sweep the yard";
item.classList.add("new");
document.body.append(item);
