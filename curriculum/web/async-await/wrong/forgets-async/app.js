// uses await in a function that is not async, which stops the whole script
const button = document.querySelector("#start");
const step = document.querySelector("#step");

// Done for you: a promise that is kept after ms milliseconds.
function wait(ms) {
  return new Promise((resolve) => {
    setTimeout(resolve, ms);
  });
}

// Show each step in turn:
//   Boiling the water...  straight away
//   Brewing the tea...    2 seconds later
//   Your tea is ready!    3 seconds after that
function makeTea() {
  step.textContent = "Boiling the water...";
  await wait(2000);
  step.textContent = "Brewing the tea...";
  await wait(3000);
  step.textContent = "Your tea is ready!";
}

button.addEventListener("click", () => {
  makeTea();
});
