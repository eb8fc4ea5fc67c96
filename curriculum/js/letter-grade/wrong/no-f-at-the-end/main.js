// has no final else, so a score under 70 gives back nothing
function letterGrade(score) {
  if (score >= 90) {
    return "A";
  } else if (score >= 80) {
    return "B";
  } else if (score >= 70) {
    return "C";
  }
}

console.log(letterGrade(85));
