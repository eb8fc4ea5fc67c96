// lets count go below 0 and only shows 0 instead, so +1 after that gives the wrong number
let count = 0;

const plusButton = document.querySelector("#plus");
const minusButton = document.querySelector("#minus");
const resetButton = document.querySelector("#reset");

function show() {
  document.querySelector("#count").textContent = Math.max(0, count);
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
