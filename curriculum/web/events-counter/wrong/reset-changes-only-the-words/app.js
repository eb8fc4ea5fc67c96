// Reset writes 0 on the page but leaves count as it was, so the next +1 jumps back up
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
  if (count > 0) {
    count = count - 1;
  }
  show();
});

resetButton.addEventListener("click", () => {
  document.querySelector("#count").textContent = 0;
});
