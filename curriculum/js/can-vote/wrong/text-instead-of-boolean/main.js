// returns the text "true" or "false" in quotes instead of a boolean
function canVote(age) {
  if (age >= 18) {
    return "true";
  } else {
    return "false";
  }
}

console.log(canVote(20));
