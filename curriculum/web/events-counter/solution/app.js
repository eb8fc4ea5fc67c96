// How many people are in the gym. The page remembers it here.
let count = 0;

const plusButton = document.querySelector("#plus");
const minusButton = document.querySelector("#minus");
const resetButton = document.querySelector("#reset");

// Puts count on the page. Call it after every change.
function show() {
  document.querySelector("#count").textContent = count;
}

// +1 adds one person. -1 takes one away, but never goes below 0.
// Reset starts again from 0.
plusButton.addEventListener("click", () => {
  count = count + 1;
  show();
});

minusButton.addEventListener("click", () => {
  if (count > 0) {
    count = count - 1;
  }
  show();
});

resetButton.addEventListener("click", () => {
  count = 0;
  show();
});
