// writes day === "Saturday" || "Sunday", which gives the text "Sunday" for every other day
function canEnter(age, hasTicket) {
  return age >= 18 && hasTicket;
}

function isWeekend(day) {
  return day === "Saturday" || "Sunday";
}
