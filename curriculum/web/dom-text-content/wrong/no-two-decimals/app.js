// shows the sum as it comes, without toFixed(2), so it has a long tail of digits
const prices = document.querySelectorAll(".price");
let total = 0;
for (const price of prices) {
  total = total + Number(price.textContent);
}
document.querySelector("#total").textContent = total;
