// keeps the prices in an object and looks the ticket up in it, instead of a switch
function ticketPrice(type) {
  const prices = { adult: 12, child: 6, senior: 6, carer: 0 };
  if (Object.hasOwn(prices, type)) {
    return prices[type];
  }
  return -1;
}

console.log(ticketPrice("senior"));
