// writes every sum out in full numbers instead of reusing weeklyHours
const weeklyHours = 5 * 8;
const monthlyHours = 5 * 8 * 4;
const weeklyPay = 5 * 8 * 12.5;
const spareHours = 100 % 8;

console.log(weeklyHours, monthlyHours, weeklyPay, spareHours);
