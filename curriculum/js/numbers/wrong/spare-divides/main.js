// divides 100 by 8 with / instead of taking the remainder with %
const weeklyHours = 5 * 8;
const monthlyHours = weeklyHours * 4;
const weeklyPay = weeklyHours * 12.5;
const spareHours = 100 / 8;

console.log(weeklyHours, monthlyHours, weeklyPay, spareHours);
