// puts the name in quotes, so it adds the text "basepay" and the bonus together
function weeklyPay(hours, rate) {
  const basePay = hours * rate;
  const bonus = 20;
  return "basepay" + bonus;
}

console.log(weeklyPay(40, 12));
