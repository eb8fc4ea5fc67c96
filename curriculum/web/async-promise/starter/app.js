const button = document.querySelector("#send");
const status = document.querySelector("#status");

// wait(ms) gives back a promise that is kept after ms milliseconds.
function wait(ms) {
  // Your code here
}

// When Send is clicked: show Sending... straight away,
// then wait 1500 milliseconds and show Sent!
button.addEventListener("click", () => {
  // Your code here
});

// Done for you: a tip that appears 3 seconds after the page opens.
wait(3000).then(() => {
  document.querySelector("#tip").textContent = "Tip: the library reads messages every morning.";
});
