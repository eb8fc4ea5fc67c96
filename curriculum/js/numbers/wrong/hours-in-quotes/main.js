// writes the weekly hours as the text "40" in quotes, not as a number
const weeklyHours = "40";
const monthlyHours = weeklyHours * 4;
const weeklyPay = weeklyHours * 12.5;
const spareHours = 100 % 8;

console.log(weeklyHours, monthlyHours, weeklyPay, spareHours);
