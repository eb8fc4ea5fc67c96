// says "low" for a balance of exactly 20
function balanceMessage(balance) {
  if (balance < 0) {
    return "overdrawn";
  } else if (balance === 0) {
    return "empty";
  } else if (balance <= 20) {
    return "low";
  }
  return "ok";
}
