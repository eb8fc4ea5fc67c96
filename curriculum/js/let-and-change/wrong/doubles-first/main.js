// doubles the score first and adds 10 and 5 after, so it ends at 15
let score = 0;
score = score * 2;
score = score + 10;
score = score + 5;

const maxScore = 100;
const pointsLeft = maxScore - score;

console.log(score);
