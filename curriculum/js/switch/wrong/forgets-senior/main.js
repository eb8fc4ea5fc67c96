// leaves out the senior case, so a senior ticket gives -1
function ticketPrice(type) {
  switch (type) {
    case "adult":
      return 12;
    case "child":
      return 6;
    case "carer":
      return 0;
    default:
      return -1;
  }
}
