// stores the price in a variable, ending each case with break
function ticketPrice(type) {
  let price;
  switch (type) {
    case "adult":
      price = 12;
      break;
    case "child":
    case "senior":
      price = 6;
      break;
    case "carer":
      price = 0;
      break;
    default:
      price = -1;
  }
  return price;
}
