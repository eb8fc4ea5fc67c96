// sets the list's textContent, which wipes out the three jobs already there
const rota = document.querySelector("#rota");
rota.textContent = "Sweep the yard";
