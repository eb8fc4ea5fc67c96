// uses || in canEnter, so a ticket alone or an age alone is enough
function canEnter(age, hasTicket) {
  return age >= 18 || hasTicket;
}

function isWeekend(day) {
  return day === "Saturday" || day === "Sunday";
}
