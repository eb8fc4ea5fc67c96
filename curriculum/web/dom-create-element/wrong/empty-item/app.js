// makes and appends the item but never gives it words or the class
const rota = document.querySelector("#rota");
const item = document.createElement("li");
rota.append(item);
