// uses > 70 instead of >= 70 for a C, so exactly 70 gets an F
function letterGrade(score) {
  if (score >= 90) {
    return "A";
  } else if (score >= 80) {
    return "B";
  } else if (score > 70) {
    return "C";
  } else {
    return "F";
  }
}

console.log(letterGrade(85));
