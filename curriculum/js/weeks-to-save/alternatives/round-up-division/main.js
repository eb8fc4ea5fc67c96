// divides, then rounds up to whole weeks with Math.ceil, instead of a loop
function weeksToSave(goal, perWeek) {
  return Math.ceil(goal / perWeek);
}

console.log(weeksToSave(100, 30));
