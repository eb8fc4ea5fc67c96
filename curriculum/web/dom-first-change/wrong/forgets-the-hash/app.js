// leaves out the # in the selector, so it looks for a <status> element and finds nothing
const statusLine = document.querySelector("status");
statusLine.textContent = "The library is open.";
