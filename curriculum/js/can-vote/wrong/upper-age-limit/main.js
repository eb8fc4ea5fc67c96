// adds an upper limit, so people over 40 cannot vote
function canVote(age) {
  if (age >= 18 && age <= 40) {
    return true;
  } else {
    return false;
  }
}

console.log(canVote(20));
