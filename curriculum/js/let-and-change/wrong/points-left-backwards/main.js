// takes maxScore away from score, the wrong way round, giving -70
let score = 0;
score = score + 10;
score = score + 5;
score = score * 2;

const maxScore = 100;
const pointsLeft = score - maxScore;

console.log(score);
