const prices = document.querySelectorAll(".price");
let total = 0;
for (const price of prices) {
  total = total + Number(price.textContent);
}
document.querySelector("#total").textContent = total.toFixed(2);
