// checks 70 first, so every score of 70 or more stops at C
function letterGrade(score) {
  if (score >= 70) {
    return "C";
  } else if (score >= 80) {
    return "B";
  } else if (score >= 90) {
    return "A";
  } else {
    return "F";
  }
}

console.log(letterGrade(85));
