// makes a new count inside each listener, so it starts from 0 on every click
let count = 0;

const plusButton = document.querySelector("#plus");
const minusButton = document.querySelector("#minus");
const resetButton = document.querySelector("#reset");

plusButton.addEventListener("click", () => {
  let count = 0;
  count = count + 1;
  document.querySelector("#count").textContent = count;
});

minusButton.addEventListener("click", () => {
  let count = 0;
  if (count > 0) {
    count = count - 1;
  }
  document.querySelector("#count").textContent = count;
});

resetButton.addEventListener("click", () => {
  document.querySelector("#count").textContent = 0;
});
