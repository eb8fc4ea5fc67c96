// checks only for Saturday, so Sunday is not a weekend day
function canEnter(age, hasTicket) {
  return age >= 18 && hasTicket;
}

function isWeekend(day) {
  return day === "Saturday";
}
