// returns the comparison itself, which is already true or false
function canVote(age) {
  return age >= 18;
}

console.log(canVote(20));
