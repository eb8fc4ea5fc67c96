// pays 12 an hour, dropping the .5 from 12.5
const weeklyHours = 5 * 8;
const monthlyHours = weeklyHours * 4;
const weeklyPay = weeklyHours * 12;
const spareHours = 100 % 8;

console.log(weeklyHours, monthlyHours, weeklyPay, spareHours);
