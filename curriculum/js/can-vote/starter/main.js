function canVote(age) {
  // Your code here
  return false;
}

console.log(canVote(20));
