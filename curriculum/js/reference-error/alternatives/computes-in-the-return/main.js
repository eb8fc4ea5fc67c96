// works the pay out in the return line instead of using basePay
function weeklyPay(hours, rate) {
  const bonus = 20;
  return hours * rate + bonus;
}

console.log(weeklyPay(40, 12));
