const weeklyHours = 5 * 8;
const monthlyHours = weeklyHours * 4;
console.log(weeklyHours, monthlyHours);
