// makes Open work but never listens to the Close button
const sign = document.querySelector("#sign");
const openButton = document.querySelector("#open");
const closeButton = document.querySelector("#close");

openButton.addEventListener("click", () => {
  sign.textContent = "The library is open.";
});
