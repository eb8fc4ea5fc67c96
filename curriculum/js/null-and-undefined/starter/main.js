function seatStatus(seat) {
  // Your code here: check for null and for undefined first.
  return "taken by " + seat;
}

console.log(seatStatus("Rosa"));
console.log(seatStatus(null));
console.log(seatStatus());
