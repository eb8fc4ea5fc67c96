// writes the whole choice as one arrow function with chained ? : (ternaries)
const letterGrade = (score) => (score >= 90 ? "A" : score >= 80 ? "B" : score >= 70 ? "C" : "F");

console.log(letterGrade(85));
