function canVote(age) {
  if (age >= 18) {
    return true;
  }
  return false;
}
