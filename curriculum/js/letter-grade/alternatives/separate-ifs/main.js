// uses separate ifs without else: each return already stops the function
function letterGrade(score) {
  if (score >= 90) {
    return "A";
  }
  if (score >= 80) {
    return "B";
  }
  if (score >= 70) {
    return "C";
  }
  return "F";
}

console.log(letterGrade(85));
