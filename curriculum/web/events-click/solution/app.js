// This script runs once, when the page opens.
const sign = document.querySelector("#sign");
const openButton = document.querySelector("#open");
const closeButton = document.querySelector("#close");

// When openButton is clicked, the sign should say: The library is open.
openButton.addEventListener("click", () => {
  sign.textContent = "The library is open.";
});

// When closeButton is clicked, the sign should say: The library is closed.
closeButton.addEventListener("click", () => {
  sign.textContent = "The library is closed.";
});
