// starts the 2 seconds when the page opens, outside the click listener
const button = document.querySelector("#reveal");
const answer = document.querySelector("#answer");

// When the button is clicked, wait 2 seconds,
// then show: The answer is 56.
setTimeout(() => {
  answer.textContent = "The answer is 56.";
}, 2000);

button.addEventListener("click", () => {
});
