const rota = document.querySelector("#rota");
const item = document.createElement("li");
item.textContent = "Sweep the yard";
item.classList.add("new");
rota.append(item);
