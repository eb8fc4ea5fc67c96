// says "low" when the balance is below 0
function balanceMessage(balance) {
  if (balance === 0) {
    return "empty";
  } else if (balance < 20) {
    return "low";
  }
  return "ok";
}
