// uses > everywhere, so 90, 80 and 70 each drop a grade
function letterGrade(score) {
  if (score > 90) {
    return "A";
  } else if (score > 80) {
    return "B";
  } else if (score > 70) {
    return "C";
  } else {
    return "F";
  }
}

console.log(letterGrade(85));
