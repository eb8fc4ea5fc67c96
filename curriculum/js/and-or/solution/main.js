function canEnter(age, hasTicket) {
  return age >= 18 && hasTicket;
}

function isWeekend(day) {
  return day === "Saturday" || day === "Sunday";
}

console.log(canEnter(18, true), isWeekend("Sunday"));
