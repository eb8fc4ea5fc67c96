function canVote(age) {
  // Your code here
  return false;
}
