// sets className, which replaces all of a loan's classes, so each loses its class loan
const loans = document.querySelectorAll(".loan");

for (const loan of loans) {
  const days = Number(loan.querySelector(".days").textContent);
  if (days > 14) {
    loan.className = "overdue";
  } else {
    loan.className = "";
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
