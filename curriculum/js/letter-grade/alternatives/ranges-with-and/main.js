// gives each grade its whole range with && (and), so the order does not matter
function letterGrade(score) {
  if (score >= 80 && score < 90) {
    return "B";
  }
  if (score >= 70 && score < 80) {
    return "C";
  }
  if (score >= 90) {
    return "A";
  }
  return "F";
}

console.log(letterGrade(85));
