// gives each listener to the wrong button, so Open closes and Close opens
const sign = document.querySelector("#sign");
const openButton = document.querySelector("#open");
const closeButton = document.querySelector("#close");

closeButton.addEventListener("click", () => {
  sign.textContent = "The library is open.";
});
openButton.addEventListener("click", () => {
  sign.textContent = "The library is closed.";
});
