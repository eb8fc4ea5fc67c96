function canEnter(age, hasTicket) {
  // Your code here
  return false;
}

function isWeekend(day) {
  // Your code here
  return false;
}

console.log(canEnter(18, true), isWeekend("Sunday"));
