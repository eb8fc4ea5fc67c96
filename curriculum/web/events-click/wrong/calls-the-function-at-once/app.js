// puts brackets after the function names, so both run once when the page opens and clicks do nothing
const sign = document.querySelector("#sign");
const openButton = document.querySelector("#open");
const closeButton = document.querySelector("#close");

function openUp() {
  sign.textContent = "The library is open.";
}
function closeUp() {
  sign.textContent = "The library is closed.";
}

openButton.addEventListener("click", openUp());
closeButton.addEventListener("click", closeUp());
