// returns true in both blocks, so everyone can vote
function canVote(age) {
  if (age >= 18) {
    return true;
  } else {
    return true;
  }
}

console.log(canVote(20));
