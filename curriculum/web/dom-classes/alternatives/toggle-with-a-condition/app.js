// marks the loans with toggle(name, condition), which adds the class when the condition is true and removes it when false
const loans = document.querySelectorAll(".loan");

for (const loan of loans) {
  const days = Number(loan.querySelector(".days").textContent);
  loan.classList.toggle("overdue", days > 14);
}

const button = document.querySelector("#only-overdue");
button.addEventListener("click", () => {
  for (const loan of loans) {
    if (loan.classList.contains("overdue") === false) {
      loan.classList.toggle("hidden");
    }
  }
});
