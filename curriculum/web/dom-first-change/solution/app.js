// This script runs when the page opens.
const statusLine = document.querySelector("#status");
statusLine.textContent = "The library is open.";
