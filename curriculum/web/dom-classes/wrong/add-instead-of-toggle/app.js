// uses add instead of toggle, so a second click cannot bring the hidden loans back
const loans = document.querySelectorAll(".loan");

for (const loan of loans) {
  const days = Number(loan.querySelector(".days").textContent);
  if (days > 14) {
    loan.classList.add("overdue");
  } else {
    loan.classList.remove("overdue");
  }
}

const button = document.querySelector("#only-overdue");
button.addEventListener("click", () => {
  for (const loan of loans) {
    if (!loan.classList.contains("overdue")) {
      loan.classList.add("hidden");
    }
  }
});
