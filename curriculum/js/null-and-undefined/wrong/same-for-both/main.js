// uses !seat, which is true for null and undefined alike, so both give "empty"
function seatStatus(seat) {
  if (!seat) {
    return "empty";
  }
  return "taken by " + seat;
}
