// uses do...while, which always saves one week, even when the goal is 0
function weeksToSave(goal, perWeek) {
  let saved = 0;
  let weeks = 0;
  do {
    saved = saved + perWeek;
    weeks = weeks + 1;
  } while (saved < goal);
  return weeks;
}

console.log(weeksToSave(100, 30));
