let score = 0;
score = score + 10;
score = score + 5;
score = score * 2;
console.log(score);
