// one arrow function with ? :, checking undefined first and then null with ==
const seatStatus = (seat) => (seat === undefined ? "unknown" : seat == null ? "empty" : `taken by ${seat}`);

console.log(seatStatus("Rosa"));
console.log(seatStatus(null));
console.log(seatStatus());
