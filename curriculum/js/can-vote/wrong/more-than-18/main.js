// uses > instead of >=, so someone who is exactly 18 cannot vote
function canVote(age) {
  if (age > 18) {
    return true;
  } else {
    return false;
  }
}

console.log(canVote(20));
