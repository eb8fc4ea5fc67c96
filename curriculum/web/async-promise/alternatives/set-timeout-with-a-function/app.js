// hands setTimeout its own function that calls resolve, and writes then on one line
const button = document.querySelector("#send");
const status = document.querySelector("#status");

// wait(ms) gives back a promise that is kept after ms milliseconds.
function wait(ms) {
  return new Promise((resolve) => {
    setTimeout(() => resolve(), ms);
  });
}

// When Send is clicked: show Sending... straight away,
// then wait 1500 milliseconds and show Sent!
button.addEventListener("click", () => {
  status.textContent = "Sending...";
  wait(1500).then(() => (status.textContent = "Sent!"));
});

// Done for you: a tip that appears 3 seconds after the page opens.
wait(3000).then(() => {
  document.querySelector("#tip").textContent = "Tip: the library reads messages every morning.";
});
