function ticketPrice(type) {
  switch (type) {
    case "adult":
      return 12;
    // Your code here
  }
}

console.log(ticketPrice("senior"));
