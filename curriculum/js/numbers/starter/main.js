const weeklyHours = 0; // Your code here
const monthlyHours = 0; // Your code here
const weeklyPay = 0; // Your code here
const spareHours = 0; // Your code here

console.log(weeklyHours, monthlyHours, weeklyPay, spareHours);
