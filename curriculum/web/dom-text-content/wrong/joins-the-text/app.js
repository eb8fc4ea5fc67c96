// adds the prices as text, without Number(), so + joins them and toFixed then fails
const prices = document.querySelectorAll(".price");
let total = 0;
for (const price of prices) {
  total = total + price.textContent;
}
document.querySelector("#total").textContent = total.toFixed(2);
