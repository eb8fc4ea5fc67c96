// says "ok" from a balance of 10, not from 20
function balanceMessage(balance) {
  if (balance < 0) {
    return "overdrawn";
  } else if (balance === 0) {
    return "empty";
  } else if (balance < 10) {
    return "low";
  }
  return "ok";
}
