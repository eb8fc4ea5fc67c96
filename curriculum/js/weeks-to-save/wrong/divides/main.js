// divides the goal by the weekly amount, which gives part-weeks like 3.33
function weeksToSave(goal, perWeek) {
  let saved = 0;
  let weeks = 0;
  weeks = goal / perWeek;
  return weeks;
}

console.log(weeksToSave(100, 30));
