function ticketPrice(type) {
  switch (type) {
    case "adult":
      return 12;
    case "child":
    case "senior":
      return 6;
    case "carer":
      return 0;
    default:
      return -1;
  }
}

console.log(ticketPrice("senior"));
