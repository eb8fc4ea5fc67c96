// writes showAnswer() with brackets inside setTimeout, so it runs at once instead of after 2 seconds
const button = document.querySelector("#reveal");
const answer = document.querySelector("#answer");

// When the button is clicked, wait 2 seconds,
// then show: The answer is 56.
function showAnswer() {
  answer.textContent = "The answer is 56.";
}

button.addEventListener("click", () => {
  setTimeout(showAnswer(), 2000);
});
