// uses count++ and count-- and returns early when the count is already 0
let count = 0;

const plusButton = document.querySelector("#plus");
const minusButton = document.querySelector("#minus");
const resetButton = document.querySelector("#reset");

function show() {
  document.querySelector("#count").textContent = count;
}

plusButton.addEventListener("click", () => {
  count++;
  show();
});

minusButton.addEventListener("click", () => {
  if (count === 0) return;
  count--;
  show();
});

resetButton.addEventListener("click", () => {
  count = 0;
  show();
});
