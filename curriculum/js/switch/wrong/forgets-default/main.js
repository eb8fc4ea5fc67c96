// has no default, so an unknown ticket gives undefined instead of -1
function ticketPrice(type) {
  switch (type) {
    case "adult":
      return 12;
    case "child":
    case "senior":
      return 6;
    case "carer":
      return 0;
  }
}
