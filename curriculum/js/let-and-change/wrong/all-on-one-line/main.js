// does it all on one line without brackets, so only the 5 is doubled
let score = 0;
score = score + 10 + 5 * 2;

const maxScore = 100;
const pointsLeft = maxScore - score;

console.log(score);
