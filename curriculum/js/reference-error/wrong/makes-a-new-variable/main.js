// silences the error by making a new variable basepay set to 0, so only the bonus is paid
function weeklyPay(hours, rate) {
  const basePay = hours * rate;
  const bonus = 20;
  const basepay = 0;
  return basepay + bonus;
}

console.log(weeklyPay(40, 12));
