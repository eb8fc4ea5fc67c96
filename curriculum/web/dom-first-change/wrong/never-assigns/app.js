// finds the status line and reads its words, but never gives it new ones
const statusLine = document.querySelector("#status");
console.log(statusLine.textContent);
