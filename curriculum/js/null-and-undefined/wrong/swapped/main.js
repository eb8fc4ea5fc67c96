// mixes the two up: "unknown" for null and "empty" for undefined
function seatStatus(seat) {
  if (seat === null) {
    return "unknown";
  }
  if (seat === undefined) {
    return "empty";
  }
  return "taken by " + seat;
}
