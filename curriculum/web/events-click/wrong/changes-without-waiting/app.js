// changes the sign at once, when the page opens, instead of waiting for a click
const sign = document.querySelector("#sign");
const openButton = document.querySelector("#open");
const closeButton = document.querySelector("#close");

sign.textContent = "The library is open.";
