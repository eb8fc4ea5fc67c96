// uses > instead of >=, so someone who is exactly 18 is turned away
function canEnter(age, hasTicket) {
  return age > 18 && hasTicket;
}

function isWeekend(day) {
  return day === "Saturday" || day === "Sunday";
}
