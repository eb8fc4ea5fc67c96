// selects "p", which finds the first paragraph on the page, not the status line
const statusLine = document.querySelector("p");
statusLine.textContent = "The library is open.";
