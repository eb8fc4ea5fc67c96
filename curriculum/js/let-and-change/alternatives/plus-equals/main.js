// uses the shorthand += and *= to change the score
let score = 0;
score += 10;
score += 5;
score *= 2;

const maxScore = 100;
const pointsLeft = maxScore - score;

console.log(score);
