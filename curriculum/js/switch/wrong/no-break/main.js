// stores the price in a variable but forgets break, so every case falls through to the last one
function ticketPrice(type) {
  let price = -1;
  switch (type) {
    case "adult":
      price = 12;
    case "child":
    case "senior":
      price = 6;
    case "carer":
      price = 0;
  }
  return price;
}
