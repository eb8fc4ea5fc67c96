function letterGrade(score) {
  // Your code here
}
