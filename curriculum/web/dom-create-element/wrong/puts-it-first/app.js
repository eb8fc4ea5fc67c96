// uses prepend, which puts the new job at the start of the list instead of the end
const rota = document.querySelector("#rota");
const item = document.createElement("li");
item.textContent = "Sweep the yard";
item.classList.add("new");
rota.prepend(item);
