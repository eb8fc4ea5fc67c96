// counts 14 days as overdue with >=, but 14 is not more than 14
const loans = document.querySelectorAll(".loan");

for (const loan of loans) {
  const days = Number(loan.querySelector(".days").textContent);
  if (days >= 14) {
    loan.classList.add("overdue");
  } else {
    loan.classList.remove("overdue");
  }
}

const button = document.querySelector("#only-overdue");
button.addEventListener("click", () => {
  for (const loan of loans) {
    if (!loan.classList.contains("overdue")) {
      loan.classList.toggle("hidden");
    }
  }
});
