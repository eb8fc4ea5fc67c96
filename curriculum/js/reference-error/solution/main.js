function weeklyPay(hours, rate) {
  const basePay = hours * rate;
  const bonus = 20;
  return basePay + bonus;
}

console.log(weeklyPay(40, 12));
