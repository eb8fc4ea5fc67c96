// appends the words on their own, so the list gets text but no new <li>
const rota = document.querySelector("#rota");
rota.append("Sweep the yard");
