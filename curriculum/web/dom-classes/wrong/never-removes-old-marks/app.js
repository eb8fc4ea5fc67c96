// only ever adds the class overdue, so Matilda's old wrong mark stays
const loans = document.querySelectorAll(".loan");

for (const loan of loans) {
  const days = Number(loan.querySelector(".days").textContent);
  if (days > 14) {
    loan.classList.add("overdue");
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
