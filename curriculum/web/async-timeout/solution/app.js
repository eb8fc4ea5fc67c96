const button = document.querySelector("#reveal");
const answer = document.querySelector("#answer");

// When the button is clicked, wait 2 seconds,
// then show: The answer is 56.
button.addEventListener("click", () => {
  setTimeout(() => {
    answer.textContent = "The answer is 56.";
  }, 2000);
});
