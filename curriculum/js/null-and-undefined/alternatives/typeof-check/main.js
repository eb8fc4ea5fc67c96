// checks for undefined with typeof, and puts the name case first
function seatStatus(seat) {
  if (typeof seat === "string") {
    return "taken by " + seat;
  } else if (seat === null) {
    return "empty";
  } else {
    return "unknown";
  }
}
