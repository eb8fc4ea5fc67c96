// checks count >= 0, so at 0 it still takes one away and shows -1
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
  if (count >= 0) {
    count = count - 1;
  }
  show();
});

resetButton.addEventListener("click", () => {
  count = 0;
  show();
});
