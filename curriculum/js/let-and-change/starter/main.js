let score = 0;
// Your code here: add 10, then add 5, then double the score.

// Your code here: make maxScore and pointsLeft.

console.log(score);
