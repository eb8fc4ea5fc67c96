// asks "more than 17?" in an arrow function, which is the same for whole-number ages
const canVote = (age) => age > 17;

console.log(canVote(20));
