// adds 4 to the weekly hours instead of multiplying by 4
const weeklyHours = 5 * 8;
const monthlyHours = weeklyHours + 4;
const weeklyPay = weeklyHours * 12.5;
const spareHours = 100 % 8;

console.log(weeklyHours, monthlyHours, weeklyPay, spareHours);
