// asks the opposite question, "is the age under 18?", and flips it with !
function canVote(age) {
  if (!(age < 18)) {
    return true;
  }
  return false;
}

console.log(canVote(20));
