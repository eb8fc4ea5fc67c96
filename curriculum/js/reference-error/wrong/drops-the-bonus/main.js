// fixes the name but deletes the bonus while doing it
function weeklyPay(hours, rate) {
  const basePay = hours * rate;
  const bonus = 20;
  return basePay;
}

console.log(weeklyPay(40, 12));
