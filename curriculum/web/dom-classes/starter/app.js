const loans = document.querySelectorAll(".loan");

for (const loan of loans) {
  const days = Number(loan.querySelector(".days").textContent);
  // 1. More than 14 days: add the class overdue. Otherwise: remove it.
}

const button = document.querySelector("#only-overdue");
button.addEventListener("click", () => {
  // 2. Toggle the class hidden on every loan that is NOT overdue.
});
