function seatStatus(seat) {
  if (seat === null) {
    return "empty";
  }
  if (seat === undefined) {
    return "unknown";
  }
  return "taken by " + seat;
}

console.log(seatStatus("Rosa"));
console.log(seatStatus(null));
console.log(seatStatus());
