let score = 0;
score = score + 10;
score = score + 5;
score = score * 2;

const maxScore = 100;
const pointsLeft = maxScore - score;

console.log(score);
