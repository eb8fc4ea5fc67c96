// uses if and else if instead of switch
function ticketPrice(type) {
  if (type === "adult") {
    return 12;
  } else if (type === "child" || type === "senior") {
    return 6;
  } else if (type === "carer") {
    return 0;
  } else {
    return -1;
  }
}
