// uses if and else with nested checks instead of && and ||
function canEnter(age, hasTicket) {
  if (age >= 18) {
    if (hasTicket) {
      return true;
    }
  }
  return false;
}

function isWeekend(day) {
  if (day === "Saturday") {
    return true;
  } else if (day === "Sunday") {
    return true;
  } else {
    return false;
  }
}
