// writes "null" and "undefined" in quotes, so it compares with text and never matches
function seatStatus(seat) {
  if (seat === "null") {
    return "empty";
  }
  if (seat === "undefined") {
    return "unknown";
  }
  return "taken by " + seat;
}
