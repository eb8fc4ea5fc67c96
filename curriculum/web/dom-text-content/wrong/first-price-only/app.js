// uses querySelector, so only the first price (the bread) is counted
const price = document.querySelector(".price");
let total = 0;
total = total + Number(price.textContent);
document.querySelector("#total").textContent = total.toFixed(2);
