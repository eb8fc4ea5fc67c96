// takes one away every time, so the count goes to -1, -2...
let count = 0;

const plusButton = document.querySelector("#plus");
const minusButton = document.querySelector("#minus");
const resetButton = document.querySelector("#reset");

function show() {
  document.querySelector("#count").textContent = count;
}

plusButton.addEventListener("click", () => {
  count = count + 1;
  show();
});

minusButton.addEventListener("click", () => {
  count = count - 1;
  show();
});

resetButton.addEventListener("click", () => {
  count = 0;
  show();
});
