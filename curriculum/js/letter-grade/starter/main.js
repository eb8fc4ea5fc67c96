function letterGrade(score) {
  // Your code here
}

console.log(letterGrade(85));
