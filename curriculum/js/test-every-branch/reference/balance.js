// the correct messages: below 0 overdrawn, 0 empty, below 20 low, otherwise ok
function balanceMessage(balance) {
  if (balance < 0) {
    return "overdrawn";
  } else if (balance === 0) {
    return "empty";
  } else if (balance < 20) {
    return "low";
  }
  return "ok";
}
