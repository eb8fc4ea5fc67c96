// forgets the ! in the click function, so it hides the overdue loans instead of the others
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
    if (loan.classList.contains("overdue")) {
      loan.classList.toggle("hidden");
    }
  }
});
