// loops while saved <= goal, so reaching the goal exactly still adds a week
function weeksToSave(goal, perWeek) {
  let saved = 0;
  let weeks = 0;
  while (saved <= goal) {
    saved = saved + perWeek;
    weeks = weeks + 1;
  }
  return weeks;
}

console.log(weeksToSave(100, 30));
